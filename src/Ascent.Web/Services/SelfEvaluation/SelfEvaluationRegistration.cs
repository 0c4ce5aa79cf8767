using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;

namespace Ascent.Web.Services.SelfEvaluation;

public static class SelfEvaluationRegistration
{
    public static IServiceCollection AddSelfEvaluation(this IServiceCollection services)
    {
        services.AddSingleton(sp => VoiceQuestionDefaults.LoadFromFile(Path.Combine(AppContext.BaseDirectory, "voices", "questions.yaml"), sp.GetRequiredService<FrameworkRegistry>()));
        services.AddScoped<VoiceLinks>();
        return services;
    }
}
