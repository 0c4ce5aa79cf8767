namespace Ascent.Tests.BadInput;

/// A page to probe and who opens it (null: nobody signed in).
public sealed record Target(string? User, string Url);
