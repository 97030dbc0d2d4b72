using System.CommandLine;
using System.Globalization;
using Kinerja.Application;
using Kinerja.Application.Features.Accounts;
using Kinerja.Application.Features.Setup;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Cli.Commands;

/// <summary>
/// <c>kinerja admin create --username NAME --name "FULL NAME" [--db CONNECTION]</c>: creates an administrator. The
/// password is read from standard input (two lines when typed at a terminal, the first line when piped): it never
/// appears on the command line, and no default password exists.
/// </summary>
internal static class AdminCommand
{
    public static Command Create(CliServices services)
    {
        var userName = new Option<string>("--username") { Description = CliMessages.AdminUserNameDescription, Required = true, HelpName = "NAMA" };
        var displayName = new Option<string>("--name") { Description = CliMessages.AdminDisplayNameDescription, Required = true, HelpName = "NAMA LENGKAP" };
        var db = new Option<string?>("--db") { Description = CliMessages.DbDescription, HelpName = "KONEKSI" };
        var create = new Command("create", CliMessages.AdminCreateDescription) { userName, displayName, db };
        create.SetAction((parse, cancellationToken) => CreateAsync(
            services,
            parse.GetValue(userName)!,
            parse.GetValue(displayName)!,
            parse.GetValue(db),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            cancellationToken));
        return new Command("admin", CliMessages.AdminDescription) { create };
    }

    private static async Task<int> CreateAsync(
        CliServices services, string userName, string displayName, string? connection, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var password = services.ReadPassword(error);
        if (password is null)
        {
            error.WriteLine(CliMessages.AdminPasswordMissing);
            return ExitCodes.BadInput;
        }

        if (services.ResolveDatabase(connection, error) is not { } options)
            return ExitCodes.BadInput;

        var collection = new ServiceCollection();
        collection.AddKinerjaPersistence(options);
        collection.AddKinerjaApplication();
        collection.AddKinerjaAccountsCore();
        await using var provider = collection.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InitializeDatabase>().ExecuteAsync(cancellationToken);
        var created = await scope.ServiceProvider.GetRequiredService<CreateUser>()
            .ExecuteAsync(new NewUser(userName, displayName, password, Role.Administrator), cancellationToken);
        if (!created.Success)
        {
            foreach (var message in created.Errors)
                error.WriteLine(string.Format(CultureInfo.InvariantCulture, CliMessages.AdminRefused, message));
            return ExitCodes.BadInput;
        }

        output.WriteLine(string.Format(CultureInfo.InvariantCulture, CliMessages.AdminCreated, created.Value!.UserName));
        return ExitCodes.Ok;
    }
}
