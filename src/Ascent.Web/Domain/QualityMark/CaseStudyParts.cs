using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.QualityMark;

/// A file attached to a case study (photographs of the environment, a chart, an observation sheet), checked against
/// AllowedFiles when it was uploaded; kept in the database so tenancy and backups cover it like everything else.
public sealed class CaseStudyAttachment : ISettingOwned
{
    public const int MaxBytes = 10 * 1024 * 1024;

    private CaseStudyAttachment()
    {
        FileName = ContentType = UploadedBy = "";
        Content = [];
    }

    internal CaseStudyAttachment(CaseStudy study, string fileName, string contentType, byte[] content, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxBytes)
            throw new ArgumentException("The file is too large.", nameof(content));
        TenantId = study.TenantId;
        SettingId = study.SettingId;
        CaseStudy = study;
        FileName = fileName;
        ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType;
        Content = content;
        Size = content.Length;
        UploadedBy = by;
        UploadedAt = at;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int CaseStudyId { get; private set; }

    public CaseStudy? CaseStudy { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    public int Size { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}

/// The evaluator's comment on a submitted case study; the setting reads it.
public sealed class CaseStudyComment : ISettingOwned
{
    public const int TextMaxLength = 4000;

    private CaseStudyComment()
    {
        Text = By = "";
    }

    internal CaseStudyComment(CaseStudy study, string text, string by, DateTimeOffset at)
    {
        TenantId = study.TenantId;
        SettingId = study.SettingId;
        CaseStudy = study;
        Text = text;
        By = by;
        At = at;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int CaseStudyId { get; private set; }

    public CaseStudy? CaseStudy { get; private set; }

    public string Text { get; private set; }

    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }
}
