using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Host.Security;

/// <summary>A synthetic caller for development and tests. Names are never needed: ids only.</summary>
internal sealed record DemoUser(string Name, string Subject, string? Department, params string[] Roles);

/// <summary>Mints tokens signed with the development key, accepted only by a host in the Development environment.</summary>
internal static class DevelopmentTokens
{
    public static readonly IReadOnlyList<DemoUser> DemoUsers =
    [
        new("employee", "E0001", "D100"),
        new("department-head", "E1001", "D100", Roles.DepartmentHead, Roles.Supervisor),
        new("supervisor", "E1002", "D100", Roles.Supervisor),
        new("welfare-officer", "E2001", "D900", Roles.WelfareOfficer),
        new("personnel-officer", "E2002", "D900", Roles.PersonnelOfficer),
        new("physician", "E3001", "D900", Roles.Physician),
        new("program-director", "E4001", "D900", Roles.ProgramDirector),
        new("auditor", "E5001", "D900", Roles.Auditor),
        new("personnel-system", "personnel-system", null, Roles.PersonnelSystem),
        new("attendance-system", "attendance-system", null, Roles.AttendanceSystem),
    ];

    public static string Mint(
        string signingKey,
        string audience,
        string subject,
        string? department,
        IEnumerable<string> roles,
        DateTimeOffset now,
        TimeSpan? lifetime = null)
    {
        var claims = new List<Claim> { new("sub", subject) };
        if (department is not null)
        {
            claims.Add(new Claim("department", department));
        }

        claims.AddRange(roles.Select(r => new Claim("role", r)));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = WelfareAuthenticationOptions.DevelopmentIssuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + (lifetime ?? TimeSpan.FromHours(12))).UtcDateTime,
            SigningCredentials = new SigningCredentials(Key(signingKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static SymmetricSecurityKey Key(string signingKey) => new(Encoding.UTF8.GetBytes(signingKey));
}
