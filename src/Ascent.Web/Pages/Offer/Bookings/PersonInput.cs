using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using MimeKit;

namespace Ascent.Web.Pages.Offer.Bookings;

/// A named person typed into a booking form: the checks every booking page makes of a name and an e-mail address.
public static class PersonInput
{
    /// Adds the GOV.UK messages for one name and e-mail under their keys; null when they are not a usable person.
    public static BookingPerson? Check(ModelStateDictionary state, string? name, string? email, string nameKey, string emailKey, bool required)
    {
        ArgumentNullException.ThrowIfNull(state);
        var trimmedName = name?.Trim() ?? "";
        var trimmedEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (trimmedName.Length == 0)
        {
            if (required || trimmedEmail is not null)
                state.AddModelError(nameKey, "Enter the person's full name");
            return null;
        }

        var ok = true;
        if (trimmedName.Length > Booking.NameMaxLength)
        {
            state.AddModelError(nameKey, $"The name must be {Booking.NameMaxLength} characters or fewer");
            ok = false;
        }

        if (trimmedEmail is not null && (trimmedEmail.Length > Booking.EmailMaxLength
            || !MailboxAddress.TryParse(trimmedEmail, out var address) || address.Address != trimmedEmail || !trimmedEmail.Contains('@', StringComparison.Ordinal)))
        {
            state.AddModelError(emailKey, $"Enter {trimmedName}'s e-mail address in the correct format, like name@example.com");
            ok = false;
        }

        return ok ? new BookingPerson(trimmedName, trimmedEmail) : null;
    }
}
