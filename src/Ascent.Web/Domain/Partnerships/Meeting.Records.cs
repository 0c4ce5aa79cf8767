namespace Ascent.Web.Domain.Partnerships;

/// What a meeting keeps: its agenda, who came, its minutes and the actions it raised.
public sealed partial class Meeting
{
    /// A member (a setting's owner or manager) or the LA proposes an item; the LA or the lead accepts it.
    public MeetingAgendaItem ProposeItem(string title, string? detail, string proposedBy, int? settingId, DateTimeOffset at)
    {
        EnsurePlanned();
        var item = new MeetingAgendaItem(this, title, detail, proposedBy, settingId, at);
        agenda.Add(item);
        Version++;
        return item;
    }

    /// Accepts a proposed item onto the end of the agenda, or declines it.
    public void Decide(int itemId, bool accept)
    {
        EnsureNotCancelled();
        var item = Item(itemId);
        if (item.Status != AgendaItemStatus.Proposed)
            throw new InvalidOperationException("That item has already been decided.");
        item.Decide(accept, accept ? agenda.Where(i => i.Status == AgendaItemStatus.Accepted).Select(i => i.Position).DefaultIfEmpty(0).Max() + 1 : 0);
        Version++;
    }

    /// Moves an accepted item one place up (earlier) or down the agenda. Returns false at either end.
    public bool Move(int itemId, bool up)
    {
        EnsureNotCancelled();
        var order = AcceptedAgenda.ToList();
        var at = order.FindIndex(i => i.Id == itemId);
        if (at < 0)
            throw new InvalidOperationException("That item is not on the agenda.");
        var other = up ? at - 1 : at + 1;
        if (other < 0 || other >= order.Count)
            return false;
        (order[at], order[other]) = (order[other], order[at]);
        for (var i = 0; i < order.Count; i++)
            order[i].PlaceAt(i + 1);
        Version++;
        return true;
    }

    /// A setting sends its apologies before the day (or on it, before the attendance is taken).
    public void SendApologies(PartnershipMember member, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(member);
        EnsurePlanned();
        if (Date < today)
            throw new InvalidOperationException("Apologies are sent before the meeting.");
        if (attendance.Any(a => a.MemberId == member.Id))
            throw new InvalidOperationException($"{member.Name}'s apologies are already recorded.");
        attendance.Add(new MeetingAttendance(this, new AttendanceMark(member.Id, member.SettingId, member.Name, AttendanceStatus.Apologies)));
        Version++;
    }

    /// Records who came: a mark for every current member, replacing what was recorded before, and the LA officers
    /// present by name. The meeting is then held. Returns false when nothing would change.
    public bool RecordAttendance(IReadOnlyCollection<AttendanceMark> marks, string? officersPresent, string by, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(marks);
        EnsureNotCancelled();
        if (!HasHappened(today))
            throw new InvalidOperationException("Attendance is taken on or after the day of the meeting.");
        if (marks.Select(m => m.MemberId).Distinct().Count() != marks.Count)
            throw new ArgumentException("A member is marked once.", nameof(marks));
        var officers = Cut(officersPresent, OfficersMaxLength);
        officers = string.IsNullOrEmpty(officers) ? null : officers;
        var same = Status == MeetingStatus.Held && officers == OfficersPresent && marks.Count == attendance.Count
            && marks.All(m => attendance.Any(a => a.MemberId == m.MemberId && a.Status == m.Status));
        if (same)
            return false;
        attendance.RemoveAll(a => marks.All(m => m.MemberId != a.MemberId));
        foreach (var mark in marks)
        {
            if (attendance.FirstOrDefault(a => a.MemberId == mark.MemberId) is { } row)
                row.Mark(mark.Status);
            else
                attendance.Add(new MeetingAttendance(this, mark));
        }

        OfficersPresent = officers;
        Status = MeetingStatus.Held;
        RecordedBy = by;
        RecordedOn = today;
        Version++;
        return true;
    }

    /// Writes the minutes and decisions (one a line) and raises new actions. Returns false when nothing would change.
    public bool WriteMinutes(string? minutes, IEnumerable<string> decisions, IReadOnlyCollection<NewAction> newActions, string by, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(newActions);
        EnsureNotCancelled();
        if (!HasHappened(today))
            throw new InvalidOperationException("Minutes are written on or after the day of the meeting.");
        var text = minutes?.Trim() ?? "";
        var lines = string.Join('\n', decisions.Select(d => d.Trim()).Where(d => d.Length > 0));
        FreeText.Within(text, MinutesMaxLength);
        FreeText.Within(lines, DecisionsMaxLength);
        if (text == Minutes && lines == Decisions && newActions.Count == 0)
            return false;
        Minutes = text;
        Decisions = lines;
        foreach (var action in newActions)
            actions.Add(new MeetingAction(this, action));
        RecordedBy = by;
        RecordedOn ??= today;
        Version++;
        return true;
    }

    private MeetingAgendaItem Item(int itemId) =>
        agenda.FirstOrDefault(i => i.Id == itemId) ?? throw new InvalidOperationException("That item is not on this meeting's agenda.");
}
