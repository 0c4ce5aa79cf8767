using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Partnerships;

/// A line of the file that cannot be added, and why.
public sealed record UploadProblem(int LineNumber, string Reason);

/// Adds many members to a partnership from a CSV file (URN or Partner name, Role, and optionally Partner type,
/// Contact name, Contact role, Email, Phone). All or nothing: one bad line and nobody is added, with every bad line
/// listed. Settings are found in the LA's own register (the query filters), so another LA's URN is not found.
public sealed class MemberUpload(AppDbContext db, TimeProvider time)
{
    /// Reads and checks the file against the partnership; adds everyone and saves only when every line is good.
    public async Task<(int Added, IReadOnlyList<UploadProblem> Problems)> AddAsync(int partnershipId, Stream file, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == partnershipId, cancellationToken)
            ?? throw new InvalidOperationException("The partnership was not found.");
        if (partnership.ClosedOn is { } closed)
            return (0, [new UploadProblem(1, $"{partnership.Name} was closed on {closed:d MMMM yyyy} and takes no new members")]);
        var (lines, problems) = MemberFile.Read(file);
        var problemList = problems.ToList();
        var urns = lines.Where(l => l.Urn.Length > 0).Select(l => l.Urn).Distinct().ToList();
        var settings = await db.Settings.AsNoTracking().Where(s => urns.Contains(s.Reference))
            .Select(s => new { s.Id, s.Reference, s.Name, s.LeftRegisterOn }).ToListAsync(cancellationToken);
        var byUrn = settings.ToDictionary(s => s.Reference, StringComparer.OrdinalIgnoreCase);
        var seenSettings = new Dictionary<int, int>();
        var seenPartners = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var good = new List<Action>();
        var today = time.Today();
        foreach (var line in lines)
        {
            if (line.Urn.Length > 0)
            {
                if (!byUrn.TryGetValue(line.Urn, out var setting))
                    problemList.Add(new(line.Number, $"There is no setting with URN {line.Urn} on your local authority's register"));
                else if (setting.LeftRegisterOn is not null)
                    problemList.Add(new(line.Number, $"{setting.Name} (URN {line.Urn}) has left the register"));
                else if (seenSettings.TryGetValue(setting.Id, out var first))
                    problemList.Add(new(line.Number, $"URN {line.Urn} is also on line {first}"));
                else if (partnership.HasSetting(setting.Id))
                    problemList.Add(new(line.Number, $"{setting.Name} (URN {line.Urn}) is already a member"));
                else
                {
                    seenSettings[setting.Id] = line.Number;
                    good.Add(() => partnership.AddSetting(setting.Id, setting.Name, line.Role, line.Contact, today));
                }
            }
            else if (seenPartners.TryGetValue(line.PartnerName, out var first))
                problemList.Add(new(line.Number, $"{line.PartnerName} is also on line {first}"));
            else if (partnership.HasPartner(line.PartnerName))
                problemList.Add(new(line.Number, $"{line.PartnerName} is already a member"));
            else
            {
                seenPartners[line.PartnerName] = line.Number;
                good.Add(() => partnership.AddPartner(line.PartnerName, line.Type ?? PartnerType.Other, line.Role, line.Contact, today));
            }
        }

        if (problemList.Count > 0)
            return (0, [.. problemList.OrderBy(p => p.LineNumber)]);
        if (good.Count == 0)
            return (0, [new UploadProblem(1, "The file has no members in it, only its header")]);
        foreach (var add in good)
            add();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone changed the partnership (its version) or added one of these members while the file was read:
            // one save, so nobody was added; the file can be sent again against the partnership as it is now.
            db.ChangeTracker.Clear();
            return (0, [new UploadProblem(1, $"{partnership.Name} was changed by someone else while the file was read: nobody was added. Send the file again")]);
        }

        return (good.Count, []);
    }
}
