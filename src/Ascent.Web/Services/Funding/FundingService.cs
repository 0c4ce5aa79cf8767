using System.Security.Cryptography;
using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Funding;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Funding;

/// The Improvement and Standards Manager's decision on a proposal. Confirming changes the register and keeps the
/// letter to the setting with the decision; rejecting leaves the register as it was. The caller saves.
public sealed class FundingService(AppDbContext db, TimeProvider time)
{
    /// The letter confirming the decision now would send: the decision page previews it, and confirming makes it again
    /// the same way, so the setting gets the text the manager read.
    public async Task<FundingLetter> LetterAsync(FundingDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var today = time.Today();
        var setting = await db.Settings.AsNoTracking().Where(s => s.Id == decision.SettingId)
            .Select(s => new { s.Name, s.Reference, s.RegisteredPersonName, s.AddressLine1, s.AddressLine2, s.AddressLine3, s.Town, s.Postcode })
            .SingleAsync(cancellationToken);
        var laName = await db.Tenants.Where(t => t.Id == decision.TenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        var template = await db.FundingLetterTemplates.Where(t => t.TenantId == decision.TenantId).Select(t => t.Data).FirstOrDefaultAsync(cancellationToken)
            ?? FundingLetters.DefaultTemplate();
        var rule = await db.FundingEffectiveDateRules.AsNoTracking().FirstOrDefaultAsync(r => r.TenantId == decision.TenantId, cancellationToken);
        var termStarts = await db.SchoolTerms.AsNoTracking().Where(t => t.TenantId == decision.TenantId && t.StartsOn > today)
            .Select(t => t.StartsOn).ToListAsync(cancellationToken);
        var effective = rule?.DateFor(today, termStarts) ?? FundingEffectiveDate.Default(today, termStarts);
        var facts = new FundingLetterFacts(laName, setting.Name, setting.Reference, setting.RegisteredPersonName,
            [setting.AddressLine1, setting.AddressLine2, setting.AddressLine3, setting.Town, setting.Postcode],
            decision.EntitlementCodes, decision.ProposedState, decision.Reason, today, effective, db.CurrentUser.DisplayName);
        var document = FundingLetters.Fill(template, FundingLetterWording.Values(facts));
        return new FundingLetter(document, effective, $"Funding letter {setting.Reference} {today:yyyy-MM-dd}.docx");
    }

    /// Confirms the decision with the letter the manager previewed (LetterAsync).
    public async Task ConfirmAsync(FundingDecision decision, FundingLetter letter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(letter);
        decision.Confirm(db.CurrentUser.UserId, db.CurrentUser.DisplayName, time.GetUtcNow(), letter.Document, letter.FileName, letter.EffectiveDate.Date);

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

public sealed record FundingLetter(byte[] Document, FundingEffectiveDate EffectiveDate, string FileName)
{
    public IReadOnlyList<string> Paragraphs { get; } = FundingLetters.ParagraphTexts(Document);

    /// Changes whenever the letter's text does: the decision page confirms only the text it showed.
    public string Fingerprint => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Paragraphs))));
}
