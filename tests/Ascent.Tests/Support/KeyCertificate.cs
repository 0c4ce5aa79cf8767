using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Ascent.Tests.Support;

/// The certificate that encrypts Ascent's data-protection keys in its database (Ascent:DataProtection), as an
/// operator provides it: a .pfx file with its password. One per test process, made on first use.
public static class KeyCertificate
{
    public const string Password = "test certificate password";

    private static readonly Lazy<string> File = new(Create);

    public static string Path => File.Value;

    private static string Create()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Ascent test data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = TimeProvider.System.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ascent-test-keys-{Environment.ProcessId}.pfx");
        System.IO.File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.File.Delete(path);
        return path;
    }
}
