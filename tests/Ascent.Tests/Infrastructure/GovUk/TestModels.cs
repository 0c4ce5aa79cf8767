using Ascent.Web.Infrastructure.GovUk;

namespace Ascent.Tests.Infrastructure.GovUk;

public sealed class GovUkTestPage
{
    public GovUkTestInput Input { get; set; } = new();
}

public sealed class GovUkTestInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? Notes { get; set; }

    public string? Choice { get; set; }

    public GovUkTestFrequency Frequency { get; set; }

    public string[] Choices { get; set; } = [];

    public List<string> Tags { get; set; } = [];

    public DateInput Dob { get; set; } = new();

    public DateOnly? StartDate { get; set; }

    public int? Age { get; set; }
}

public enum GovUkTestFrequency
{
    Never = 0,
    Weekly = 1,
    Monthly = 2,
}
