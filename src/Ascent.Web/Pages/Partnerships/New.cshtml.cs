using System.Globalization;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Partnerships;

/// A new partnership: its kind and name; its terms, objectives, lead and members follow on its own pages.
public sealed class NewModel(PartnershipKinds kinds, PartnershipWork work, CurrentUser me) : PageModel
{
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public IReadOnlyList<SelectListItem> KindItems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var choices = await LoadAsync(cancellationToken);
        var kindId = int.TryParse(Kind, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && choices.Any(c => c.Id == k) ? k : (int?)null;
        if (kindId is null)
            ModelState.AddModelError(nameof(Kind), "Select the kind of partnership");
        if (string.IsNullOrWhiteSpace(Name))
            ModelState.AddModelError(nameof(Name), "Enter the partnership's name");
        else if (Name.Trim().Length > Partnership.NameMaxLength)
            ModelState.AddModelError(nameof(Name), $"The name must be {Partnership.NameMaxLength} characters or fewer");
        if (!ModelState.IsValid)
            return Page();
        var (made, refused) = await work.CreateAsync(kindId!.Value, Name!, cancellationToken);
        if (made is null)
        {
            ModelState.AddModelError(nameof(Name), refused!);
            return Page();
        }

        TempData["Message"] = $"{made.Name} is made: now describe it and add its members";
        return Redirect($"/partnerships/{made.Id}");
    }

    private async Task<IReadOnlyList<PartnershipKind>> LoadAsync(CancellationToken cancellationToken)
    {
        var all = await kinds.ForTenantAsync(me.TenantId ?? -1, cancellationToken);
        var open = all.Where(k => !k.Retired).ToList();
        KindItems = [.. open.Select(k => new SelectListItem(k.Name, k.Id.ToString(CultureInfo.InvariantCulture), k.Id.ToString(CultureInfo.InvariantCulture) == Kind) { Disabled = false })];
        return open;
    }
}
