using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.QualityMark;

/// A course an evaluator has done, recorded by the coordinator. When it is the training a scheme expects of its
/// evaluators (the scheme file's `evaluator.training`), SchemeCode names that scheme, and the evaluator counts as
/// trained for it. The LA's own record: a setting never reads it.
public sealed class EvaluatorTraining : ITenantOwned, ILocalAuthorityOnly
{
    public const int CourseMaxLength = 200;

    private EvaluatorTraining()
    {
        Course = "";
        RecordedBy = "";
    }

    private EvaluatorTraining(int tenantId, Guid userId, string course, DateOnly completedOn, string? schemeCode, string recordedBy, DateTimeOffset recordedAt)
    {
        TenantId = tenantId;
        UserId = userId;
        Course = course;
        CompletedOn = completedOn;
        SchemeCode = schemeCode;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public Guid UserId { get; private set; }

    public string Course { get; private set; }

    public DateOnly CompletedOn { get; private set; }

    /// The scheme whose expected training this is, or null for other training (kept on the record all the same).
    public string? SchemeCode { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// Records a course completed on or before today.
    public static EvaluatorTraining Record(int tenantId, Guid userId, string course, DateOnly completedOn, string? schemeCode, string recordedBy, DateTimeOffset recordedAt, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(course);
        if (course.Trim().Length > CourseMaxLength)
            throw new ArgumentException($"The course must be {CourseMaxLength} characters or fewer.", nameof(course));
        if (completedOn > today)
            throw new ArgumentException("Training is recorded once it has been done.", nameof(completedOn));
        return new EvaluatorTraining(tenantId, userId, course.Trim(), completedOn, string.IsNullOrWhiteSpace(schemeCode) ? null : schemeCode, recordedBy, recordedAt);
    }
}
