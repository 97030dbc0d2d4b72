using Kinerja.Domain.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Persistence.Configuration;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("Indicators");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property<int>(ShadowProperties.Ordinal);
        builder.Property(i => i.Text).IsRequired();
        builder.HasIndex(i => i.LineageId);

        // The target as a complex type: three columns. The value is an exact decimal (TEXT on SQLite, numeric on
        // PostgreSQL), so 70,05 comes back as 70,05.
        builder.ComplexProperty(i => i.Target, target =>
        {
            target.Property(t => t.Value).HasColumnName("TargetValue");
            target.Property(t => t.Unit).HasColumnName("TargetUnit").HasMaxLength(50).IsRequired();
            target.Property(t => t.Text).HasColumnName("TargetText").HasMaxLength(200).IsRequired();
        });

        builder.Ignore(i => i.Unit);
    }
}
