namespace Ascent.Web.Domain.Offer;

/// What a booked place's register comes to once every session's register is taken: attended only when present at
/// every session (a multi-session course is one course), a no-show when present at none, partly attended otherwise.
public static class AttendanceRule
{
    public static BookingOutcome Outcome(int sessions, int present)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sessions, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(present);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(present, sessions);
        return present == sessions ? BookingOutcome.Attended
            : present == 0 ? BookingOutcome.NoShow
            : BookingOutcome.PartlyAttended;
    }
}
