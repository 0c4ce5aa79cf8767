using Xunit.Sdk;

namespace Ascent.Tests.Infrastructure.GovUk;

/// <summary>The DOM comparison must ignore only what may differ: whitespace and attribute/class order.</summary>
public sealed class HtmlAssertTests
{
    [Fact]
    public void Equivalent_IgnoresWhitespaceAndAttributeAndClassOrder()
    {
        HtmlAssert.Equivalent(
            "<div class=\"a b\" id=\"x\">\n  Some   text\n  <input checked>\n</div>",
            "<div id=\"x\" class=\"b a\">Some text<input checked=\"\"></div>");
    }

    [Theory]
    [InlineData("<div class=\"a\"></div>", "<div class=\"a c\"></div>")]
    [InlineData("<div id=\"x\"></div>", "<div id=\"y\"></div>")]
    [InlineData("<div id=\"x\"></div>", "<div id=\"x\" hidden></div>")]
    [InlineData("<div>text</div>", "<div>other</div>")]
    [InlineData("<div><p></p></div>", "<div><span></span></div>")]
    [InlineData("<p>a</p><p>b</p>", "<p>b</p><p>a</p>")]
    public void Equivalent_DetectsRealDifferences(string expected, string actual)
    {
        Assert.Throws<EqualException>(() => HtmlAssert.Equivalent(expected, actual));
    }
}
