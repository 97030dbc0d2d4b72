using Kinerja.Domain.Agreements;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Persistence.Configuration;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.ToTable("Evaluations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Score).HasPrecision(5, 2);
        builder.Property(e => e.Notes).IsRequired();
        builder.Property(e => e.ByName).HasMaxLength(200).IsRequired();
        builder.HasOne<Office>().WithMany().HasForeignKey(e => e.OfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(e => e.AgreementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.OfficeId, e.Year });
    }
}
