using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Persistence.Configuration;

internal sealed class StoredFindingConfiguration : IEntityTypeConfiguration<StoredFinding>
{
    public void Configure(EntityTypeBuilder<StoredFinding> builder)
    {
        builder.ToTable("Findings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Code).HasMaxLength(60).IsRequired();
        builder.Property(f => f.Message).IsRequired();
        builder.Property(f => f.Location).HasMaxLength(400).IsRequired();
        builder.HasIndex(f => new { f.AgreementId, f.Ordinal });
    }
}
