using System.Linq.Expressions;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;

namespace Ascent.Tests.Infrastructure.GovUk;

/// <summary>
/// A page-like setting for tag helper tests: a model, its ModelState and a ViewContext,
/// with model expressions made by the real <see cref="ModelExpressionProvider"/>.
/// </summary>
internal sealed class TagHelperHarness<TModel>
{
    private static readonly EmptyModelMetadataProvider MetadataProvider = new();
    private readonly ModelExpressionProvider _expressions = new(MetadataProvider);
    private readonly ViewDataDictionary<TModel> _viewData;

    public TagHelperHarness(TModel model)
    {
        _viewData = new ViewDataDictionary<TModel>(MetadataProvider, ModelState) { Model = model };
        var httpContext = new DefaultHttpContext();
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor(), ModelState);
        ViewContext = new ViewContext(
            actionContext,
            NullView.Instance,
            _viewData,
            new TempDataDictionary(httpContext, NullTempDataProvider.Instance),
            TextWriter.Null,
            new HtmlHelperOptions());
    }

    public ModelStateDictionary ModelState { get; } = new();

    public ViewContext ViewContext { get; }

    public ModelExpression For<TValue>(Expression<Func<TModel, TValue>> expression) =>
        _expressions.CreateModelExpression(_viewData, expression);

    /// <summary>An expression for a name that is not a model property (e.g. a fixture's "with-error-hint"), valued from ViewData.</summary>
    public ModelExpression For(string name, object? value = null)
    {
        _viewData[name] = value;
        return _expressions.CreateModelExpression(_viewData, name);
    }

    /// <summary>Records a posted value as model binding would.</summary>
    public void Posted(string key, params string[] values) =>
        ModelState.SetModelValue(key, values, string.Join(',', values));

    public void Error(string key, string message) => ModelState.AddModelError(key, message);
}

internal sealed class NullView : IView
{
    public static readonly NullView Instance = new();

    public string Path => "";

    public Task RenderAsync(ViewContext context) => Task.CompletedTask;
}

internal sealed class NullTempDataProvider : ITempDataProvider
{
    public static readonly NullTempDataProvider Instance = new();

    public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
    }
}

/// <summary>A tag helper element with its unbound attributes and children (nested elements or raw HTML strings).</summary>
internal sealed record TagElement(ITagHelper Helper, string TagName, TagHelperAttributeList Attributes, IReadOnlyList<object> Children)
{
    public TagElement(ITagHelper helper, string tagName, params object[] children)
        : this(helper, tagName, [], children)
    {
    }
}

internal static class TagHelperRenderer
{
    public static Task<string> RenderAsync(ITagHelper helper, string? childHtml = null) =>
        RenderAsync(new TagElement(helper, "govuk-element", childHtml is null ? [] : [childHtml]));

    /// <summary>
    /// Runs the tag helpers as Razor does: Init then ProcessAsync, children get a copy of the
    /// parent's context items, and unmodified content falls back to the child content.
    /// </summary>
    public static async Task<string> RenderAsync(TagElement element, IDictionary<object, object>? parentItems = null)
    {
        var items = parentItems is null ? new Dictionary<object, object>() : new Dictionary<object, object>(parentItems);
        var context = new TagHelperContext(element.TagName, new TagHelperAttributeList(element.Attributes), items, Guid.NewGuid().ToString("N"));
        Task<TagHelperContent>? childContent = null;

        async Task<TagHelperContent> RenderChildrenAsync()
        {
            var content = new DefaultTagHelperContent();
            foreach (var child in element.Children)
            {
                content.AppendHtml(child as string ?? await RenderAsync((TagElement)child, context.Items));
            }

            return content;
        }

        var output = new TagHelperOutput(
            element.TagName,
            new TagHelperAttributeList(element.Attributes),
            (_, _) => childContent ??= RenderChildrenAsync());

        element.Helper.Init(context);
        await element.Helper.ProcessAsync(context, output);
        if (!output.IsContentModified)
        {
            output.Content.SetHtmlContent(await output.GetChildContentAsync());
        }

        await using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
