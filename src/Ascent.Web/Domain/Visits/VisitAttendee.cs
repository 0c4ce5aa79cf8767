namespace Ascent.Web.Domain.Visits;

/// A colleague from the LA who attends the visit and receives its invitation and note.
public sealed class VisitAttendee
{
    private VisitAttendee()
    {
        Name = "";
        Email = "";
    }

    public VisitAttendee(Guid userId, string name, string email)
    {
        UserId = userId;
        Name = name;
        Email = email;
    }

    public int Id { get; private set; }

    public int VisitId { get; private set; }

    public Guid UserId { get; private set; }

    public string Name { get; private set; }

    public string Email { get; private set; }
}
