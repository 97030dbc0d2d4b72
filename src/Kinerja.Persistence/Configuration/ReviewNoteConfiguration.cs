using Kinerja.Domain.Agreements;
using Kinerja.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Persistence.Configuration;

internal sealed class ReviewNoteConfiguration : IEntityTypeConfiguration<ReviewNote>
{
    public void Configure(EntityTypeBuilder<ReviewNote> builder)
    {
        builder.ToTable("ReviewNotes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.AuthorName).HasMaxLength(200).IsRequired();
        builder.Property(n => n.Text).IsRequired();
        builder.HasOne<Agreement>().WithMany().HasForeignKey(n => n.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.AgreementId, n.At });
    }
}
