using Kinerja.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Persistence.Configuration;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(300).IsRequired();
        builder.Property(p => p.FrontTitles).HasMaxLength(100).IsRequired();
        builder.Property(p => p.BackTitles).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Nip).HasMaxLength(18);

        // Unique when present: both SQLite and PostgreSQL let any number of rows hold NULL in a unique index.
        builder.HasIndex(p => p.Nip).IsUnique();
        builder.HasIndex(p => p.Name);
    }
}
