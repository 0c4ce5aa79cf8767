using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// Saves a step of an accreditation that may award it (the panel's decision, an appeal upheld). An award takes the
/// next certificate reference of its scheme and year in the LA, and its reviews are scheduled from the award date.
/// Two awards at once read the same references; the unique index on (TenantId, CertificateReference) refuses the
/// second, which then starts again from the accreditation the person saw and takes the next number.
public sealed class Awards(AppDbContext db, SchemeVersions schemes, ILogger<Awards> logger)
{
    private const int Attempts = 5;

    /// Runs the step on the accreditation as it was at `version` (another person's change in between is refused by
    /// the concurrency token), with the reference to use when it awards (awardOn given). Returns false on a concurrent change.
    public async Task<bool> SaveAsync(int accreditationId, int version, DateOnly? awardOn, Func<Accreditation, string?, Task> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var tried = new List<string>();
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var accreditation = await db.Accreditations.Include(a => a.Cohort).SingleAsync(a => a.Id == accreditationId, cancellationToken);
            db.Entry(accreditation).Property(a => a.Version).OriginalValue = version;
            var reference = awardOn is { } on ? await NextReferenceAsync(accreditation, on.Year, tried, cancellationToken) : null;
            await step(accreditation, reference);
            if (accreditation.Status == AccreditationStatus.Accredited && reference is not null)
                db.AccreditationReviews.AddRange(AccreditationReview.Schedule(accreditation, (await SchemeAsync(accreditation.Cohort, cancellationToken)).Cycle));
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return false;
            }
            catch (DbUpdateException e) when (reference is not null && attempt < Attempts)
            {
                // Most likely another award took this reference first: roll back and take the next one.
                logger.LogInformation(e, "Certificate reference {Reference} was taken; trying the next", reference);
                await transaction.RollbackAsync(cancellationToken);
                tried.Add(reference);
            }
        }
    }

    public async Task<SchemeDefinition> SchemeAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return await schemes.OfCohortAsync(cohort, cancellationToken) ?? throw new InvalidOperationException($"The scheme of {cohort.Name} is not loaded.");
    }

    private async Task<string> NextReferenceAsync(Accreditation accreditation, int year, List<string> tried, CancellationToken cancellationToken)
    {
        // Every reference the LA has given, whatever its scheme: two schemes' codes can share their letters ("QM"), and a
        // reference is unique in the LA. CertificateReference.Next counts on from those with the same letters and year.
        var scheme = accreditation.Cohort.SchemeCode;
        var given = await db.Accreditations
            .Where(a => a.TenantId == accreditation.TenantId && a.CertificateReference != null)
            .Select(a => a.CertificateReference!).ToListAsync(cancellationToken);
        return CertificateReference.Next(scheme, year, given.Concat(tried));
    }
}
