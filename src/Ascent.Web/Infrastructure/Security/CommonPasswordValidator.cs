using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Identity;

namespace Ascent.Web.Infrastructure.Security;

/// OWASP ASVS 5.0 (6.2.4): reject passwords found in a list of common passwords, instead of composition rules.
/// The list ships with Ascent in Infrastructure/Security/common-passwords.txt.
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is not null && IsCommon(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "Choose a password that is harder to guess: this one is on a list of commonly used passwords",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Ascent.Web.common-passwords.txt")
            ?? throw new InvalidOperationException("The common passwords list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                set.Add(line);
        }

        return set;
    }
}
