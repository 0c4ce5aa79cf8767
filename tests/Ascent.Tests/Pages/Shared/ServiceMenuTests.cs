using Ascent.Web.Pages.Shared;

namespace Ascent.Tests.Pages.Shared;

public sealed class ServiceMenuTests
{
    private static readonly MenuItem[] Items =
    [
        new("Home", "/"),
        new("Settings", "/settings", "/plan-goals"),
        new("Self-evaluation", "/settings/7/self-evaluation"),
        new("Manage", "/manage", "/people", "/settings/groupings"),
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
    public void TheItemOwningTheLongestPartOfTheAddress_IsCurrent(string path, string expected) =>
        Assert.Equal(expected, ServiceMenu.Current(Items, path)?.Text);

    [Theory]
    [InlineData("/error/404")]
    [InlineData("/settingsarchive")]
    [InlineData("/peoples")]
    public void APageOfNoSection_HasNoCurrentItem(string path) =>
        Assert.Null(ServiceMenu.Current(Items, path));
}
