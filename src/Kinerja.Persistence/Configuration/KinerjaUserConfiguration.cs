using Kinerja.Domain.Organisation;
using Kinerja.Persistence.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Persistence.Configuration;

internal sealed class KinerjaUserConfiguration : IEntityTypeConfiguration<KinerjaUser>
{
    public void Configure(EntityTypeBuilder<KinerjaUser> builder)
    {
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
        builder.HasOne<Office>().WithMany().HasForeignKey(u => u.OfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
