using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Visits;

/// How a note of visit for one purpose starts: its agenda and the guidance shown beside "what was seen and
/// discussed". Ascent ships one per purpose (NoteTemplates.Defaults); an LA's own edits are stored here.
public sealed class NoteTemplate : ITenantOwned, ILocalAuthorityOnly
{
    // The limits of what an LA types, checked by the template form and used for the columns (VisitConfigurations).
    public const int NameMaxLength = 200;

    public const int AgendaMaxLength = 4000;

    public const int DiscussionPromptMaxLength = 2000;

    private NoteTemplate()
    {
        Purpose = "";
        Name = "";
    }

    public NoteTemplate(int tenantId, string purpose, string name, string? agenda, string? discussionPrompt)
    {
        TenantId = tenantId;
        Purpose = purpose;
        Name = name;
        Agenda = agenda;
        DiscussionPrompt = discussionPrompt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public string Purpose { get; private set; }

    public string Name { get; private set; }

    public string? Agenda { get; private set; }

    public string? DiscussionPrompt { get; private set; }

    public int Version { get; private set; }

    public void Edit(string name, string? agenda, string? discussionPrompt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Agenda = FreeText.Trimmed(agenda);
        DiscussionPrompt = FreeText.Trimmed(discussionPrompt);
        Version++;
    }
}
