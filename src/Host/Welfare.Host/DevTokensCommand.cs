using Welfare.Host.Security;

namespace Welfare.Host;

/// <summary>
/// <c>Welfare.Host dev-tokens [signing-key]</c>: prints a development token for each demo user, for
/// scripts/run.sh. The tokens work only against a host running in Development with the same key.
/// </summary>
internal static class DevTokensCommand
{
    public static int Run(string[] args)
    {
        var key = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("Authentication__DevelopmentSigningKey");
        if (string.IsNullOrEmpty(key))
        {
            Console.Error.WriteLine("usage: Welfare.Host dev-tokens <development-signing-key>");
            return 2;
        }

        var now = DateTimeOffset.UtcNow;
        foreach (var user in DevelopmentTokens.DemoUsers)
        {
            var token = DevelopmentTokens.Mint(key, "welfare-api", user.Subject, user.Department, user.Roles, now);
            var roles = user.Roles.Length == 0 ? "(no role: an employee)" : string.Join(", ", user.Roles);
            Console.WriteLine($"# {user.Name}: sub={user.Subject} department={user.Department ?? "-"} roles={roles}");
            Console.WriteLine(token);
        }

        return 0;
    }
}
