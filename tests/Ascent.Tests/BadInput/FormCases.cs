using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Ascent.Tests.BadInput;

/// A form found on a page, filled in as a careful person would (so that one bad field is the only thing wrong),
/// with every way to submit it (the form's action and each button's formaction).
public sealed record FoundForm(string Page, string Action, bool Multipart, IReadOnlyList<FormField> Fields, IReadOnlyList<string> FileFields)
{
    public static IReadOnlyList<FoundForm> On(string pageUrl, IHtmlDocument document)
    {
        var forms = new List<FoundForm>();
        foreach (var form in document.QuerySelectorAll<IHtmlFormElement>("main form"))
        {
            if (!string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
                continue;
            var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
            var multipart = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase);
            var fields = Filled(form);
            var files = form.QuerySelectorAll<IHtmlInputElement>("input[type=file][name]").Select(i => i.Name!).Distinct().ToList();
            var actions = new List<string> { action };
            actions.AddRange(form.QuerySelectorAll("button[formaction]").Select(b => b.GetAttribute("formaction")!));
            forms.AddRange(actions.Distinct().Select(a => new FoundForm(pageUrl, a, multipart, fields, files)));
        }

        return forms;
    }

    /// Every field with a plausible value: the page's own, else one that fits the field's name.
    private static List<FormField> Filled(IHtmlFormElement form)
    {
        var fields = new List<FormField>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            var name = input.Name!;
            switch (input.Type)
            {
                case "file" or "submit" or "button" or "image" or "reset":
                    continue;
                case "radio":
                    if (fields.Any(f => f.Name == name))
                        continue;
                    var group = form.QuerySelectorAll<IHtmlInputElement>("input[type=radio]").Where(r => r.Name == name).ToList();
                    fields.Add(new(name, (group.FirstOrDefault(r => r.IsChecked) ?? group[0]).Value, FieldSort.Choice));
                    continue;
                case "checkbox":
                    if (input.IsChecked || !fields.Any(f => f.Name == name))
                        fields.Add(new(name, input.Value, FieldSort.Choice));
                    continue;
            }

            fields.Add(new(name, string.IsNullOrEmpty(input.Value) ? Plausible(name, input.Type) : input.Value, SortOf(name, input.Type, input.Value)));
        }

        foreach (var area in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]"))
            fields.Add(new(area.Name!, string.IsNullOrEmpty(area.Value) ? "Written in full, as a person would." : area.Value, FieldSort.Text));
        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]"))
        {
            var value = select.Value;
            if (string.IsNullOrEmpty(value))
                value = select.Options.Select(o => o.Value).FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? "";
            fields.Add(new(select.Name!, value, FieldSort.Choice));
        }

        return fields;
    }

    private static FieldSort SortOf(string name, string type, string value)
    {
        if (name.EndsWith(".Day", StringComparison.Ordinal) || name.EndsWith(".Month", StringComparison.Ordinal) || name.EndsWith(".Year", StringComparison.Ordinal))
            return FieldSort.DatePart;
        if (type == "number" || (type == "hidden" && long.TryParse(value, out _)))
            return FieldSort.Number;
        return FieldSort.Text;
    }

    private static string Plausible(string name, string type)
    {
        if (name.EndsWith(".Day", StringComparison.Ordinal))
            return "1";
        if (name.EndsWith(".Month", StringComparison.Ordinal))
            return "9";
        if (name.EndsWith(".Year", StringComparison.Ordinal))
            return "2026";
        if (type == "email" || name.Contains("Email", StringComparison.OrdinalIgnoreCase))
            return "someone.new@example.test";
        if (type == "number")
            return "7";
        if (name.Contains("Time", StringComparison.Ordinal))
            return "10am";
        return type == "hidden" ? "" : "Plain words";
    }
}
