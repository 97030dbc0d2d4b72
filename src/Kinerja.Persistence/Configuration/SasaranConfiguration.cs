using Kinerja.Domain.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Persistence.Configuration;

internal sealed class SasaranConfiguration : IEntityTypeConfiguration<Sasaran>
{
    public void Configure(EntityTypeBuilder<Sasaran> builder)
    {
        builder.ToTable("Sasarans");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property<int>(ShadowProperties.Ordinal);
        builder.Property(s => s.Number).HasMaxLength(20).IsRequired();
        builder.Property(s => s.Text).IsRequired();

        // The cascade link to a sasaran of the superior's agreement is kept as a plain column: that agreement may
        // be replaced by a later import, which must not delete or rewrite this one.
        builder.HasIndex(s => s.SupportsSasaranId);

        builder.HasMany(s => s.Indicators).WithOne().HasForeignKey(ShadowProperties.SasaranId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Indicators).HasField("indicators").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
