using Ascent.Web.Domain.Visits;
using static Ascent.Tests.Domain.Visits.VisitMaking;

namespace Ascent.Tests.Domain.Visits;

public sealed class VisitTests
{
    [Fact]
    public void New_IsPlanned_WithItsScheduleTrimmed_AndACalendarEventOfItsOwn()
    {
        var visit = Visit();

        Assert.Equal(VisitStatus.Planned, visit.Status);
        Assert.True(visit.IsPlanned);
        Assert.Equal("Visit 1", visit.Title);
        Assert.Equal("1 High Street", visit.Location);
        Assert.Equal(new DateTime(2026, 11, 30, 10, 0, 0), visit.StartsAtLocal);
        Assert.NotEqual(Guid.Empty, visit.CalendarUid);
        Assert.Equal(0, visit.CalendarSequence);
    }

    [Fact]
    public void New_RefusesABlankTitle() =>
        Assert.Throws<ArgumentException>(() => new Visit(Setting(), VisitPurposes.Pathway, " ", Schedule(), "Ari Adviser", Now));

    [Fact]
    public void Reschedule_ToAnotherTime_CountsAMove_AndRaisesTheInvitationsSequence()
    {
        var visit = Visit();

        visit.Reschedule(Schedule(at: new TimeOnly(14, 0)), " The manager asked for the afternoon ", Today);

        Assert.Equal(new TimeOnly(14, 0), visit.StartTime);
        Assert.Equal(1, visit.RescheduleCount);
        Assert.Equal("The manager asked for the afternoon", visit.LastRescheduleReason);
        Assert.Equal(1, visit.CalendarSequence);
        Assert.Equal(1, visit.Version);
    }

    [Fact]
    public void Reschedule_AtTheSameTime_UpdatesTheInvitation_WithoutCountingAMove()
    {
        var visit = Visit();

        visit.Reschedule(Schedule(agenda: "A new agenda"), "Ignored: the visit did not move", Today);

        Assert.Equal("A new agenda", visit.Agenda);
        Assert.Equal(0, visit.RescheduleCount);
        Assert.Null(visit.LastRescheduleReason);
        Assert.Equal(1, visit.CalendarSequence);
    }

    [Theory]
    [InlineData(VisitParty.Setting)]
    [InlineData(VisitParty.LocalAuthority)]
    public void Cancel_APlannedVisit_RecordsWhoAndWhy_AndSendsTheCancellationAsTheNextSequence(VisitParty by)
    {
        var visit = Visit();

        visit.Cancel(by, " Manager off sick ", Now);

        Assert.Equal(VisitStatus.Cancelled, visit.Status);
        Assert.Equal(by, visit.CancelledBy);
        Assert.Equal("Manager off sick", visit.CancellationReason);
        Assert.Equal(Now, visit.CancelledAt);
        Assert.Equal(1, visit.CalendarSequence);
    }

    [Fact]
    public void Cancel_RefusesABlankReason() =>
        Assert.Throws<ArgumentException>(() => Visit().Cancel(VisitParty.Setting, " ", Now));

    public static TheoryData<string> Changes => ["reschedule", "hold", "cancel", "prepare", "document"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void AHeldVisit_CannotBeChanged(string change) =>
        Assert.Throws<InvalidOperationException>(() => Apply(HeldVisit(), change));

    [Theory]
    [MemberData(nameof(Changes))]
    public void ACancelledVisit_CannotBeChanged(string change) =>
        Assert.Throws<InvalidOperationException>(() => Apply(CancelledVisit(), change));

    [Fact]
    public void Prepare_RecordsTheSettingsAnswers_AndWhoGaveThem()
    {
        var visit = Visit();

        visit.Prepare(new PreparationAnswers(true, false, true, false, " A new room leader ", null), "Olu Owner", Now);

        Assert.Equal(2, visit.Preparation.TickedCount);
        Assert.Equal("A new room leader", visit.Preparation.SinceLastVisit);
        Assert.Null(visit.Preparation.ToDiscuss);
        Assert.Equal("Olu Owner", visit.Preparation.UpdatedBy);
        Assert.Equal(Now, visit.Preparation.UpdatedAt);
        Assert.Equal(1, visit.Version);
    }

    [Fact]
    public void Prepare_RefusesAnAnswerOverItsLimit() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Visit().Prepare(
            new PreparationAnswers(false, false, false, false, new string('a', VisitPreparation.SinceLastVisitMaxLength + 1), null), "Olu Owner", Now));

    [Fact]
    public void AddDocument_KeepsTheFileWithTheVisitAndItsSetting()
    {
        var visit = Visit();

        visit.AddDocument("plans/improvement-plan.docx", "", [1, 2, 3], "Olu Owner", Now);

        var document = Assert.Single(visit.Documents);
        Assert.Equal("improvement-plan.docx", document.FileName);
        Assert.Equal("application/octet-stream", document.ContentType);
        Assert.Equal(visit.SettingId, document.SettingId);
    }

    private static void Apply(Visit visit, string change)
    {
        switch (change)
        {
            case "reschedule":
                visit.Reschedule(Schedule(at: new TimeOnly(15, 0)), "Later", Today);
                break;
            case "hold":
                visit.RecordHeld(visit.Date, today: visit.Date);
                break;
            case "cancel":
                visit.Cancel(VisitParty.Setting, "Closed", Now);
                break;
            case "prepare":
                visit.Prepare(new PreparationAnswers(true, true, true, true, null, null), "Olu Owner", Now);
                break;
            default:
                visit.AddDocument("plan.docx", "application/octet-stream", [1], "Olu Owner", Now);
                break;
        }
    }
}
