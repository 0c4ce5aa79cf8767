using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.QualityMark.CaseStudies;

/// The case study's sections and files, as the new and change pages bind and check them.
[RequestSizeLimit(Uploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
public abstract class CaseStudyForm(AppDbContext db, TimeProvider time) : CaseStudyPage(db, time)
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Question { get; set; }

    [BindProperty]
    public string? Baseline { get; set; }

    [BindProperty]
    public string? Changes { get; set; }

    [BindProperty]
    public string? Observations { get; set; }

    [BindProperty]
    public string? Outcomes { get; set; }

    [BindProperty]
    public string? Reflection { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public static IReadOnlyList<(string Field, string Label)> Sections { get; } =
    [
        (nameof(Question), "The question"),
        (nameof(Baseline), "Baseline evidence"),
        (nameof(Changes), "What we changed"),
        (nameof(Observations), "What we observed"),
        (nameof(Outcomes), "Outcomes for children"),
        (nameof(Reflection), "Reflection"),
    ];

    protected CaseStudyText Text => new(Title ?? "", Question, Baseline, Changes, Observations, Outcomes, Reflection);

    protected void Fill(CaseStudy study)
    {
        ArgumentNullException.ThrowIfNull(study);
        (Title, Question, Baseline, Changes, Observations, Outcomes, Reflection) =
            (study.Title, study.Question, study.Baseline, study.Changes, study.Observations, study.Outcomes, study.Reflection);
    }

    /// Checks the sections' lengths and each file's type and size; returns the files that passed.
    protected async Task<List<CheckedUpload>> CheckAsync(int attachmentsKept, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Title))
            ModelState.AddModelError(nameof(Title), "Enter a title for the case study");
        else if (Title.Trim().Length > CaseStudy.TitleMaxLength)
            ModelState.AddModelError(nameof(Title), $"The title must be {CaseStudy.TitleMaxLength:N0} characters or fewer");
        var values = new Dictionary<string, string?>
        {
            [nameof(Question)] = Question,
            [nameof(Baseline)] = Baseline,
            [nameof(Changes)] = Changes,
            [nameof(Observations)] = Observations,
            [nameof(Outcomes)] = Outcomes,
            [nameof(Reflection)] = Reflection,
        };
        foreach (var (field, label) in Sections)
        {
            if (values[field]?.Trim().Length > CaseStudy.TextMaxLength)
                ModelState.AddModelError(field, $"{label} must be {CaseStudy.TextMaxLength:N0} characters or fewer");
        }

        var files = new List<CheckedUpload>();
        foreach (var file in Files)
        {
            var (upload, problem) = await Uploads.CheckAsync(file, CaseStudyAttachment.MaxBytes, cancellationToken);
            if (problem is not null)
                ModelState.AddModelError(nameof(Files), problem);
            else
                files.Add(upload!);
        }

        if (attachmentsKept + files.Count > CaseStudy.MaxAttachments)
            ModelState.AddModelError(nameof(Files), $"A case study can have up to {CaseStudy.MaxAttachments} files: remove some first");
        return files;
    }

    protected async Task AttachAsync(CaseStudy study, List<CheckedUpload> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
            study.Attach(file.FileName, file.ContentType, await file.ReadAsync(cancellationToken), Db.CurrentUser.DisplayName, Time.GetUtcNow());
    }
}
