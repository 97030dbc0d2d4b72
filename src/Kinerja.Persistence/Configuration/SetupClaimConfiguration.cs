using Kinerja.Persistence.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Persistence.Configuration;

/// <summary>The spent one-time set-up link: at most one row, its fixed key the guard.</summary>
internal sealed class SetupClaimConfiguration : IEntityTypeConfiguration<SetupClaim>
{
    public void Configure(EntityTypeBuilder<SetupClaim> builder)
    {
        builder.ToTable("SetupClaims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(32).ValueGeneratedNever();
        builder.Property(c => c.UserName).HasMaxLength(256).IsRequired();
    }
}
