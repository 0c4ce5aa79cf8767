using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Screening;

/// A child's two levels in one round. The setting's alone (ISettingPrivate); one per child per round.
public sealed class ChildScore : ISettingPrivate
{
    private ChildScore()
    {
    }

    public ChildScore(ScreeningRound round, ScreenedChild child, int wellBeing, int involvement)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(child);
        if (child.SettingId != round.SettingId)
            throw new InvalidOperationException("A child is screened only in their own setting's rounds.");
        TenantId = round.TenantId;
        SettingId = round.SettingId;
        RoundId = round.Id;
        ChildId = child.Id;
        Set(wellBeing, involvement);
    }

    public long Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int RoundId { get; private set; }

    public int ChildId { get; private set; }

    public int WellBeing { get; private set; }

    public int Involvement { get; private set; }

    public LeuvenBand Band => LeuvenBands.Of(WellBeing, Involvement);

    public void Set(int wellBeing, int involvement)
    {
        if (!LeuvenBands.IsLevel(wellBeing) || !LeuvenBands.IsLevel(involvement))
            throw new ArgumentOutOfRangeException(nameof(wellBeing), "Leuven levels run from 1 to 5.");
        (WellBeing, Involvement) = (wellBeing, involvement);
    }
}
