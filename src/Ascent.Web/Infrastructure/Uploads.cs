using Ascent.Web.Domain;

namespace Ascent.Web.Infrastructure;

/// A file a person chose, checked against AllowedFiles: its cleaned name and the content type to serve it with.
public sealed record CheckedUpload(string FileName, string ContentType, IFormFile File)
{
    public async Task<byte[]> ReadAsync(CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        await File.CopyToAsync(stream, cancellationToken);
        return stream.ToArray();
    }
}

public static class Uploads
{
    /// Pages that take documents accept requests this large, well over the largest file, so that a file over the
    /// limit reaches the page and is refused with a message instead of the connection being reset.
    public const long RequestLimit = 100L * 1024 * 1024;

    public static async Task<(CheckedUpload? Upload, string? Problem)> CheckAsync(IFormFile file, long maxBytes, CancellationToken cancellationToken)
    {
        var name = FreeText.FileName(file.FileName, AllowedFiles.FileNameMaxLength);
        var head = new byte[512];
        var read = 0;
        if (file.Length is > 0 && file.Length <= maxBytes)
        {
            await using var stream = file.OpenReadStream();
            read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }

        var problem = AllowedFiles.Problem(name, file.Length, maxBytes, head[..read], out var contentType);
        return problem is null ? (new CheckedUpload(name!, contentType, file), null) : (null, problem);
    }
}
