using System.Globalization;
using System.Text.Json;

namespace Ascent.Web.Pages.Imports;

/// An uploaded file waiting to be checked and then imported: its copies on disk, whose file it is, and who uploaded it
/// for which local authority. Kept in a folder named by an unguessable id until the person imports it.
public sealed record ImportCheck(Guid Id, string Source, int? TenantId, Guid? UploadedBy, IReadOnlyList<ImportCheck.File> Files)
{
    public sealed record File(string Name, string Path);

    private const string Manifest = "check.json";

    public static string FolderFor(string dataDirectory, Guid id) =>
        System.IO.Path.Combine(dataDirectory, "uploads", "checks", id.ToString("N", CultureInfo.InvariantCulture));

    public async Task SaveAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        await using var stream = System.IO.File.Create(System.IO.Path.Combine(FolderFor(dataDirectory, Id), Manifest));
        await JsonSerializer.SerializeAsync(stream, this, cancellationToken: cancellationToken);
    }

    /// The check, if it exists and was uploaded by this person for this local authority; otherwise null.
    public static async Task<ImportCheck?> LoadAsync(string dataDirectory, Guid id, Guid? user, int? tenantId, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(FolderFor(dataDirectory, id), Manifest);
        if (!System.IO.File.Exists(path))
            return null;
        await using var stream = System.IO.File.OpenRead(path);
        var check = await JsonSerializer.DeserializeAsync<ImportCheck>(stream, cancellationToken: cancellationToken);
        return check is not null && check.UploadedBy == user && check.TenantId == tenantId ? check : null;
    }

    public IReadOnlyList<(string Name, Func<Stream> Open)> Openers() =>
        [.. Files.Select(f => (f.Name, (Func<Stream>)(() => System.IO.File.OpenRead(f.Path))))];
}
