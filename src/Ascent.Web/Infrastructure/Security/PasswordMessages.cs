using Microsoft.AspNetCore.Identity;

namespace Ascent.Web.Infrastructure.Security;

/// Identity's error codes, said the GOV.UK way.
public static class PasswordMessages
{
    public static string For(IdentityError error) => error.Code switch
    {
        "PasswordTooShort" => "Password must be 8 characters or more",
        "CommonPassword" => error.Description,
        "InvalidToken" => "The link has expired or has already been used: ask for a new one",
        "PasswordMismatch" => "Your current password is not correct",
        _ => error.Description,
    };
}
