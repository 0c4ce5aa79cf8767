using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Partnerships;

namespace Ascent.Web.Services.Offer;

/// Takes registers from a sign-in sheet (docs/offer.md#registers). All or nothing: every line is matched to a booked
/// place and a session that has happened, and one bad line (an unknown person or session, a duplicate, a blank) saves
/// nothing, every bad line listed with its number. A session the sheet names is recorded whole: a booked place with no
/// line for it is absent (nobody signed for them).
public sealed class RegisterImport(OfferRegisters registers)
{
    public async Task<(RegisterSaved? Saved, IReadOnlyList<UploadProblem> Problems)> ImportAsync(int itemId, Stream csv, CancellationToken cancellationToken)
    {
        var view = await registers.FindAsync(itemId, cancellationToken)
            ?? throw new InvalidOperationException("There is no register for this item.");
        var (lines, problems) = SignInSheet.Read(csv);
        var found = problems.ToList();
        var marks = new Dictionary<int, Dictionary<int, bool>>();
        foreach (var line in lines)
        {
            if (Match(view, line, marks) is { } reason)
                found.Add(new UploadProblem(line.Number, reason));
        }

        if (found.Count == 0 && lines.Count == 0)
            found.Add(new UploadProblem(1, "The file has no lines after its header"));
        if (found.Count > 0)
            return (null, [.. found.OrderBy(p => p.LineNumber)]);
        var sessions = view.Sessions.Where(s => marks.ContainsKey(s.Id))
            .Select(s => (s, (IReadOnlyDictionary<int, bool>)view.Places.ToDictionary(p => p.BookingId, p => marks[s.Id].GetValueOrDefault(p.BookingId))))
            .ToList();
        var saved = await registers.RecordAsync(view, sessions, cancellationToken);
        return (saved, []);
    }

    private string? Match(RegisterView view, SheetLine line, Dictionary<int, Dictionary<int, bool>> marks)
    {
        if (line.Session.Length == 0)
            return "The session is blank: give its date or number";
        if (line.Name.Length == 0)
            return "The name is blank";
        if (line.SignedText.Length == 0)
            return "Signed is blank: write yes or no";
        if (SignInSheet.IsYes(line.SignedText) is not { } signed)
            return $"Signed is \"{Short(line.SignedText)}\": write yes or no";
        var sessions = SignInSheet.Sessions(view.Sessions, line.Session);
        if (sessions.Count == 0)
            return $"There is no session \"{Short(line.Session)}\" on this course";
        if (sessions.Count > 1)
            return $"More than one session is on {Short(line.Session)}: give the session's number";
        var session = sessions[0];
        if (registers.NotYet(session) is { } notYet)
            return notYet;
        var places = view.Places.Where(p => string.Equals(p.Name, line.Name, StringComparison.OrdinalIgnoreCase)
            && (line.Email.Length == 0 || string.Equals(p.Email, line.Email, StringComparison.OrdinalIgnoreCase))
            && (line.Urn.Length == 0 || p.Urn == line.Urn)).ToList();
        if (places.Count == 0)
            return $"{Short(line.Name)} has no place on this course";
        if (places.Count > 1)
            return $"More than one place is booked for {Short(line.Name)}: give the e-mail or the setting's URN";
        var sessionMarks = marks.TryGetValue(session.Id, out var existing) ? existing : marks[session.Id] = [];
        if (!sessionMarks.TryAdd(places[0].BookingId, signed))
            return $"{Short(line.Name)} is on the sheet twice for session {session.Number}";
        return null;
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
