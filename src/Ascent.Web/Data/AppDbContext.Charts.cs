using Ascent.Web.Domain.Charts;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// A setting's own measures, the controls of its charts and the changes it annotates them with (Domain/Charts).
public abstract partial class AppDbContext
{
    public DbSet<Measure> Measures => Set<Measure>();

    public DbSet<MeasureValue> MeasureValues => Set<MeasureValue>();

    public DbSet<ChartControls> ChartControls => Set<ChartControls>();

    public DbSet<ChartMark> ChartMarks => Set<ChartMark>();

    public DbSet<ChartAnnotation> ChartAnnotations => Set<ChartAnnotation>();
}
