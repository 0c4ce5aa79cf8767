using Ascent.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Ascent.Web.Infrastructure;

/// Binds every string a request sends (form fields, query, route) as MVC does, then takes out the control
/// characters (FreeText.WithoutControlCharacters), in one place for every page: PostgreSQL refuses NUL in text,
/// and nothing else Ascent does wants them.
public sealed class FreeTextModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result is { IsModelSet: true, Model: string text })
        {
            var clean = FreeText.WithoutControlCharacters(text);
            if (!ReferenceEquals(clean, text))
                bindingContext.Result = ModelBindingResult.Success(clean);
        }
    }
}

public sealed class FreeTextModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string) && !context.Metadata.IsComplexType
            ? new FreeTextModelBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
}
