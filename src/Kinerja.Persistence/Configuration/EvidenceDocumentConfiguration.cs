using Kinerja.Domain.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Persistence.Configuration;

/// <summary>The scan of a signed agreement: one per agreement, its bytes in the row.</summary>
internal sealed class EvidenceDocumentConfiguration : IEntityTypeConfiguration<EvidenceDocument>
{
    public void Configure(EntityTypeBuilder<EvidenceDocument> builder)
    {
        builder.ToTable("EvidenceDocuments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.FileName).HasMaxLength(260).IsRequired();
        builder.Property(e => e.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(e => e.Content).IsRequired();
        builder.Property(e => e.UploadedByName).HasMaxLength(200).IsRequired();
        builder.HasOne<Agreement>().WithMany().HasForeignKey(e => e.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.AgreementId).IsUnique();
        builder.Ignore(e => e.Reference);
    }
}
