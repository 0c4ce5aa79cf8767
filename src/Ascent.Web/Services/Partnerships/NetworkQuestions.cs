using Ascent.Web.Data;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Partnerships;

/// What the signed-in person may do with a partnership's questions.
public sealed record QuestionRights(bool MayTakePart, bool MayModerate);

/// A partnership's open questions, for its meetings' page (the partial _NetworkQuestions).
public sealed record OpenQuestions(int PartnershipId, IReadOnlyList<NetworkQuestion> Questions);

/// Questions to the network (docs/adr/0013): asked, answered and hidden by named people, read through the query
/// filters (a setting's staff see only their own partnerships' questions).
public sealed class NetworkQuestions(AppDbContext db, TimeProvider time)
{
    public const string Changed = "Someone else changed this question after you opened the page. Check it as it is now and try again";

    /// Open first (oldest first, so the longest waiting leads), then answered and hidden, newest first.
    public async Task<IReadOnlyList<NetworkQuestion>> ListAsync(int partnershipId, CancellationToken cancellationToken)
    {
        var all = await db.NetworkQuestions.AsNoTracking().Include(q => q.Answers).Where(q => q.PartnershipId == partnershipId).ToListAsync(cancellationToken);
        return [.. all.Where(q => q.IsOpen).OrderBy(q => q.AskedAt), .. all.Where(q => !q.IsOpen).OrderByDescending(q => q.AskedAt)];
    }

    public async Task<OpenQuestions> OpenAsync(int partnershipId, CancellationToken cancellationToken) =>
        new(partnershipId, [.. (await ListAsync(partnershipId, cancellationToken)).Where(q => q.IsOpen)]);

    /// LA staff who run partnerships (`runsPartnerships`, the page's policy), and a member setting's owner or manager,
    /// ask and answer; the LA and the lead member's owner or manager moderate.
    public async Task<QuestionRights> RightsAsync(Partnership partnership, bool runsPartnerships, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        var me = db.CurrentUser;
        if (me.SettingId is null)
            return new(runsPartnerships, runsPartnerships);

        var forSetting = me.IsInRole(Roles.SettingOwner) || me.IsInRole(Roles.SettingManager);
        var member = await db.PartnershipMembers.AsNoTracking()
            .Where(m => m.PartnershipId == partnership.Id && m.SettingId == me.SettingId && m.LeftOn == null).Select(m => (MemberRole?)m.Role).FirstOrDefaultAsync(cancellationToken);
        return new(forSetting && member is not null, forSetting && member == MemberRole.Lead);
    }

    public async Task<NetworkAuthor> AuthorAsync(CancellationToken cancellationToken)
    {
        var me = db.CurrentUser;
        var from = me.SettingId is { } settingId
            ? await db.Settings.Where(s => s.Id == settingId).Select(s => s.Name).FirstAsync(cancellationToken)
            : await db.Tenants.Where(t => t.Id == me.TenantId).Select(t => t.Name).FirstAsync(cancellationToken);
        return new NetworkAuthor(me.UserId ?? throw new InvalidOperationException("A question is asked by a signed-in person."), me.DisplayName, me.SettingId, from);
    }

    public async Task AskAsync(Partnership partnership, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        db.NetworkQuestions.Add(new NetworkQuestion(partnership.TenantId, partnership.Id, await AuthorAsync(cancellationToken), text, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// Answers, hides a question or hides an answer; the reason when refused.
    public async Task<string?> ChangeAsync(int partnershipId, int questionId, int version, Action<NetworkQuestion, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var question = await db.NetworkQuestions.Include(q => q.Answers).FirstOrDefaultAsync(q => q.Id == questionId && q.PartnershipId == partnershipId, cancellationToken);
        if (question is null)
            return "That question is not one of this partnership's";
        if (question.Version != version)
            return Changed;
        db.Entry(question).Property(q => q.Version).OriginalValue = version;
        try
        {
            change(question, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (InvalidOperationException e)
        {
            db.ChangeTracker.Clear();
            return e.Message.TrimEnd('.');
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Changed;
        }
    }
}
