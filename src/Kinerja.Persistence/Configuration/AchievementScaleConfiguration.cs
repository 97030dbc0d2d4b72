using Kinerja.Domain.Measurement;
using Kinerja.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Persistence.Configuration;

internal sealed class AchievementScaleConfiguration : IEntityTypeConfiguration<AchievementScale>
{
    public void Configure(EntityTypeBuilder<AchievementScale> builder)
    {
        builder.ToTable("AchievementScales");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.RegionId, s.EffectiveFromYear }).IsUnique();

        // The order of the bands follows their minimums (the core keeps them descending), so no ordinal column.
        builder.OwnsMany(s => s.Bands, band =>
        {
            band.ToTable("AchievementScaleBands");
            band.WithOwner().HasForeignKey("ScaleId");
            band.Property<int>(ShadowProperties.Id).ValueGeneratedOnAdd();
            band.HasKey(ShadowProperties.Id);
            band.Property(b => b.Name).HasMaxLength(AchievementScale.MaximumNameLength).IsRequired();
        });
        builder.Navigation(s => s.Bands).HasField("bands").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
