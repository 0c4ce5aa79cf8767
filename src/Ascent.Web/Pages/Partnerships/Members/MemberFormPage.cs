using Ascent.Web.Data;
using Ascent.Web.Domain.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Partnerships.Members;

/// What the member pages share: the partnership they change (found through the filters, open), the member's role
/// and named contact, and the version the page was read at.
public abstract class MemberFormPage(AppDbContext db) : PageModel
{
    protected AppDbContext Db { get; } = db;

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? ContactName { get; set; }

    [BindProperty]
    public string? ContactRole { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public int Id { get; private set; }

    public string PartnershipName { get; private set; } = "";

    public IEnumerable<SelectListItem> RoleItems => MemberRules.Roles.Select(r => new SelectListItem(r.Label, r.Role.ToString(), r.Role.ToString() == Role));

    public MemberContact Contact => new(ContactName, ContactRole, Email, Phone);

    /// The partnership, or null when it is not found or closed (the page answers 404).
    protected async Task<Partnership?> LoadAsync(int id, bool readVersion, CancellationToken cancellationToken)
    {
        var p = await Db.Partnerships.AsNoTracking().Include(x => x.Members).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (p is null || p.ClosedOn is not null)
            return null;
        Id = p.Id;
        PartnershipName = p.Name;
        if (readVersion)
            Version = p.Version;
        return p;
    }

    /// The role chosen, with an error on the form when none (or one not offered) is.
    protected MemberRole? CheckRoleAndContact()
    {
        var role = MemberRules.Roles.Where(r => r.Role.ToString() == Role).Select(r => (MemberRole?)r.Role).FirstOrDefault();
        if (role is null)
            ModelState.AddModelError(nameof(Role), "Select the member's role");
        if (MemberRules.ContactProblem(Contact) is { } problem)
            ModelState.AddModelError(problem.Contains("e-mail", StringComparison.Ordinal) ? nameof(Email) : problem.Contains("phone", StringComparison.Ordinal) ? nameof(Phone)
                : problem.Contains("role", StringComparison.Ordinal) ? nameof(ContactRole) : nameof(ContactName), problem);
        return role;
    }

    /// After a refusal: the version is read again so the next save may go through.
    /// The hidden field shows the posted value unless it is dropped from the model state.
    protected async Task RereadVersionAsync(int id, CancellationToken cancellationToken)
    {
        ModelState.Remove(nameof(Version));
        Version = await Db.Partnerships.AsNoTracking().Where(x => x.Id == id).Select(x => x.Version).FirstOrDefaultAsync(cancellationToken);
    }
}
