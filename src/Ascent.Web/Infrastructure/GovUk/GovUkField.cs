using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>Name, id and error of a model-bound GOV.UK form field.</summary>
internal sealed class GovUkField
{
    private GovUkField(ViewContext viewContext, ModelExpression modelExpression)
    {
        ViewContext = viewContext;
        Expression = modelExpression;
        Name = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(modelExpression.Name);
        Id = IdFor(Name);
        ErrorMessage = FirstError(viewContext.ModelState, Name);
    }

    public ViewContext ViewContext { get; }

    public ModelExpression Expression { get; }

    public string Name { get; }

    public string Id { get; }

    public string? ErrorMessage { get; private set; }

    public bool HasError => ErrorMessage is not null;

    public string HintId => Id + "-hint";

    public string ErrorId => Id + "-error";

    public static GovUkField Resolve(ViewContext viewContext, ModelExpression modelExpression)
    {
        ArgumentNullException.ThrowIfNull(viewContext);
        ArgumentNullException.ThrowIfNull(modelExpression);
        return new GovUkField(viewContext, modelExpression);
    }

    /// <summary>The id MVC would give a field of this name (dots become underscores).</summary>
    public static string IdFor(string name) => TagBuilder.CreateSanitizedId(name, "_");

    public static string? FirstError(ModelStateDictionary modelState, string key)
    {
        if (!modelState.TryGetValue(key, out var entry))
        {
            return null;
        }

        foreach (var error in entry.Errors)
        {
            return MessageOf(error);
        }

        return null;
    }

    // Binding exceptions the framework could not turn into a message have no text of their own;
    // their exception text is not for users.
    public static string MessageOf(ModelError error) =>
        string.IsNullOrWhiteSpace(error.ErrorMessage) ? "Enter a valid value" : error.ErrorMessage;

    /// <summary>Uses the first error found under any of the keys (e.g. the parts of a date).</summary>
    public void UseFirstErrorOf(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            ErrorMessage ??= FirstError(ViewContext.ModelState, key);
        }
    }

    /// <summary>aria-describedby: the hint id then the error id, or null when there is neither.</summary>
    public string? DescribedBy(bool hasHint)
    {
        var ids = GovUkHtml.Classes(hasHint ? HintId : null, HasError ? ErrorId : null);
        return ids.Length == 0 ? null : ids;
    }

    /// <summary>The value the user typed if the form was posted, else the model value.</summary>
    public string? Value => AttemptedValue(Name) ?? Format(Expression.Model, Expression.Metadata.EditFormatString);

    public string? AttemptedValue(string key) =>
        ViewContext.ModelState.TryGetValue(key, out var entry) && entry.RawValue is not null
            ? entry.AttemptedValue
            : null;

    /// <summary>
    /// Strings a stored value may be posted back as, so radios and selects can match it:
    /// enums match by name or number, booleans in either case.
    /// </summary>
    public HashSet<string> CurrentValues()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (ViewContext.ModelState.TryGetValue(Name, out var entry) && entry.RawValue is not null)
        {
            if (entry.RawValue is string[] many)
            {
                set.UnionWith(many);
            }
            else if (Convert.ToString(entry.RawValue, CultureInfo.InvariantCulture) is { } single)
            {
                set.Add(single);
            }

            return set;
        }

        var model = Expression.Model;
        if (model is IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                AddCandidates(set, item);
            }
        }
        else
        {
            AddCandidates(set, model);
        }

        return set;
    }

    public static string? Format(object? value, string? format = null)
    {
        if (value is null)
        {
            return null;
        }

        if (!string.IsNullOrEmpty(format))
        {
            return string.Format(CultureInfo.CurrentCulture, format, value);
        }

        return value switch
        {
            string s => s,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
            _ => value.ToString(),
        };
    }

    private static void AddCandidates(HashSet<string> set, object? value)
    {
        var text = Format(value);
        if (text is null)
        {
            return;
        }

        set.Add(text);
        switch (value)
        {
            case Enum e:
                set.Add(Convert.ToString(Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)!);
                break;
            case bool b:
                set.Add(b ? "true" : "false");
                break;
        }
    }
}
