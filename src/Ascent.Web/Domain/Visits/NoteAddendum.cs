namespace Ascent.Web.Domain.Visits;

/// A later correction or addition to an issued note, kept with the original.
public sealed class NoteAddendum
{
    public const int TextMaxLength = 8000;

    private NoteAddendum()
    {
        Text = "";
        AddedBy = "";
    }

    public NoteAddendum(string text, string addedBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text.Trim();
        AddedBy = addedBy;
        AddedAt = at;
    }

    public int Id { get; private set; }

    public int NoteId { get; private set; }

    public string Text { get; private set; }

    public string AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}
