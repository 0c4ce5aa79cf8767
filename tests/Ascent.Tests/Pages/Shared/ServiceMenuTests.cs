using Ascent.Web.Pages.Shared;

namespace Ascent.Tests.Pages.Shared;

public sealed class ServiceMenuTests
{
    private static readonly MenuItem[] Items =
    [
        new("Home", "/"),
        new("Settings", "/settings", "/plan-goals", "/audits", "/screening", "/questionnaires"),
        new("Self-evaluation", "/settings/7/self-evaluation"),
        new("Manage", "/manage", "/people", "/settings/groupings", "/instruments", "/audits/import", "/audits/export"),
    ];

    [Theory]
    [InlineData("/", "Home")]
    [InlineData("/settings", "Settings")]
    [InlineData("/settings/", "Settings")]
    [InlineData("/settings/7", "Settings")]
    [InlineData("/settings/7/self-evaluation", "Self-evaluation")]
    [InlineData("/settings/7/self-evaluation/leadership", "Self-evaluation")]
    [InlineData("/settings/70/self-evaluation", "Settings")]
    [InlineData("/settings/groupings", "Manage")]
    [InlineData("/plan-goals/3", "Settings")]
    [InlineData("/people/invite", "Manage")]
    [InlineData("/SETTINGS/7", "Settings")]
    [InlineData("/settings/7/charts", "Settings")]
    [InlineData("/audits", "Settings")]
    [InlineData("/audits/12/results", "Settings")]
    [InlineData("/audits/export", "Manage")]
    [InlineData("/audits/import", "Manage")]
    [InlineData("/screening/rounds/4/grid", "Settings")]
    [InlineData("/questionnaires/3", "Settings")]
    [InlineData("/instruments/agreement", "Manage")]
    public void TheItemOwningTheLongestPartOfTheAddress_IsCurrent(string path, string expected) =>
        Assert.Equal(expected, ServiceMenu.Current(Items, path)?.Text);

    [Theory]
    [InlineData("/error/404")]
    [InlineData("/settingsarchive")]
    [InlineData("/peoples")]
    [InlineData("/auditsexport")]
    public void APageOfNoSection_HasNoCurrentItem(string path) =>
        Assert.Null(ServiceMenu.Current(Items, path));
}
