using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Funding;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Funding;

/// The Improvement and Standards Manager's decision on a proposal. Confirming changes the register and keeps the
/// letter to the setting with the decision; rejecting leaves the register as it was. The caller saves.
public sealed class FundingService(AppDbContext db, TimeProvider time)
{
    public async Task ConfirmAsync(FundingDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var at = time.GetUtcNow();
        var setting = await db.Settings.Where(s => s.Id == decision.SettingId).Select(s => new { s.Name, s.Reference }).SingleAsync(cancellationToken);
        var laName = await db.Tenants.Where(t => t.Id == decision.TenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        var template = await db.FundingLetterTemplates.Where(t => t.TenantId == decision.TenantId).Select(t => t.Data).FirstOrDefaultAsync(cancellationToken)
            ?? FundingLetters.DefaultTemplate();
        var entitlements = decision.EntitlementCodes.Select(FundingEntitlements.Name).ToList();
        var letter = FundingLetters.Fill(template, new Dictionary<string, string>
        {
            ["SettingName"] = setting.Name,
            ["Reference"] = setting.Reference,
            ["Entitlements"] = entitlements.Count == 1 ? entitlements[0] : string.Join(", ", entitlements[..^1]) + " and " + entitlements[^1],
            ["Decision"] = FundingStates.Verb(decision.ProposedState),
            ["Reason"] = decision.Reason,
            ["DecisionDate"] = at.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            ["ManagerName"] = db.CurrentUser.DisplayName,
            ["LaName"] = laName,
        });
        decision.Confirm(db.CurrentUser.UserId, db.CurrentUser.DisplayName, at, letter, $"Funding letter {setting.Reference} {at:yyyy-MM-dd}.docx");

        var statuses = await db.FundingStatuses.Where(s => s.SettingId == decision.SettingId).ToListAsync(cancellationToken);
        foreach (var entitlement in decision.EntitlementCodes)
        {
            var status = statuses.FirstOrDefault(s => s.Entitlement == entitlement);
            if (status is null)
            {
                status = new FundingStatus(decision.TenantId, decision.SettingId, entitlement);
                db.FundingStatuses.Add(status);
            }

            status.Apply(decision);
        }
    }

    public void Reject(FundingDecision decision, string reason)
    {
        ArgumentNullException.ThrowIfNull(decision);
        decision.Reject(db.CurrentUser.UserId, db.CurrentUser.DisplayName, time.GetUtcNow(), reason);
    }
}
