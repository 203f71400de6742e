// The bare baseline of bench/http: the two benchmarked operations of the Welfare API as a minimal ASP.NET
// Core app with raw Npgsql. It sends the SQL the product sends (captured with log_statement=all, see
// bench/http/README.md), in the same transactions, validates the same development JWT (same key, issuer,
// audience, algorithm, lifetime and skew), writes the same audit row and answers with the same JSON. What
// it leaves out is the product's machinery: MediatR pipeline, validation, EF, rate limiting, request
// localisation, access logs, problem details.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using NpgsqlTypes;
using Welfare.Modules.StressCheck.Domain.Scoring;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
builder.Services.ConfigureHttpJsonOptions(j => j.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(builder.Configuration.GetConnectionString("Welfare")!));
var key = builder.Configuration["Authentication:DevelopmentSigningKey"]!;
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
{
    jwt.MapInboundClaims = false;
    jwt.TokenValidationParameters = new TokenValidationParameters
    {
        NameClaimType = "sub",
        RoleClaimType = "role",
        ValidateIssuer = true,
        ValidIssuer = "welfare-development",
        ValidateAudience = true,
        ValidAudience = "welfare-api",
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = TimeSpan.FromSeconds(30),
    };
    jwt.Events = new JwtBearerEvents
    {
        OnTokenValidated = context =>
        {
            if (string.IsNullOrEmpty(context.Principal?.FindFirst("sub")?.Value))
            {
                context.Fail("The token has no subject.");
            }

            return Task.CompletedTask;
        },
    };
});
builder.Services.AddAuthorization();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapGet("/health", () => "ok");
app.MapGet("/api/v1/stress-check/campaigns/{campaignId:guid}/my/result", Baseline.ReadMyResultAsync).RequireAuthorization();
app.MapPost("/api/v1/overtime/employees/{employeeId}/records", Baseline.RecordWorkingTimeAsync).RequireAuthorization();
await app.RunAsync();

internal sealed record RecordRequest(string Source, string? ExternalId, DateOnly WorkDate, DateTimeOffset StartedAt, DateTimeOffset EndedAt);

internal sealed record ScaleResultDto(Scale Scale, string Name, string Domain, int RawScore, int Level);

internal sealed record ResultDto(
    Guid CampaignId, Guid SubmissionId, DateTimeOffset SubmittedAt, DateTimeOffset NotifiedAt, string Method, int DomainA, int DomainB, int DomainC,
    bool HighStress, string? InterviewOffer, IReadOnlyList<ScaleResultDto> Scales);

internal sealed record WorkingTimeRecordDto(long Id, string EmployeeId, string Source, string? ExternalId, DateOnly WorkDate, DateTimeOffset StartedAt,
    DateTimeOffset EndedAt, string RecordedBy, DateTimeOffset RecordedAt);

internal static class Baseline
{
    private const string SelectSubmission = """
        SELECT s.id, s.answers, s.campaign_id, s.department_code, s.domain_a, s.domain_b, s.domain_c, s.employee_id, s.high_stress, s.is_latest, s.levels, s.method, s.notified_at, s.raw_scores, s.retain_until, s.sex, s.submitted_at
        FROM stress_check.submissions AS s
        WHERE s.campaign_id = @campaignId AND s.employee_id = @employeeId AND s.is_latest
        LIMIT 2
        """;

    public static async Task<IResult> ReadMyResultAsync(Guid campaignId, HttpContext http, NpgsqlDataSource data, CancellationToken ct)
    {
        var caller = http.User.FindFirst("sub")!.Value;
        await using var connection = await data.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        Guid id;
        DateTimeOffset submittedAt;
        DateTimeOffset? notifiedAt;
        string method;
        int a, b, c;
        bool highStress;
        int[] raw, levels;
        await using (var select = new NpgsqlCommand(SelectSubmission, connection, transaction))
        {
            select.Parameters.AddWithValue("campaignId", campaignId);
            select.Parameters.AddWithValue("employeeId", NpgsqlDbType.Varchar, caller);
            await using var reader = await select.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                return Results.NotFound();
            }

            id = reader.GetGuid(0);
            a = reader.GetInt32(4);
            b = reader.GetInt32(5);
            c = reader.GetInt32(6);
            highStress = reader.GetBoolean(8);
            levels = reader.GetFieldValue<int[]>(10);
            method = reader.GetString(11);
            notifiedAt = reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12);
            raw = reader.GetFieldValue<int[]>(13);
            submittedAt = reader.GetFieldValue<DateTimeOffset>(16);
        }

        var now = DateTimeOffset.UtcNow;
        if (notifiedAt is null)
        {
            await using var update = new NpgsqlCommand("UPDATE stress_check.submissions SET notified_at = @now WHERE id = @id", connection, transaction);
            update.Parameters.AddWithValue("now", now);
            update.Parameters.AddWithValue("id", id);
            await update.ExecuteNonQueryAsync(ct);
            notifiedAt = now;
        }

        await using (var audit = new NpgsqlBatch(connection, transaction))
        {
            audit.BatchCommands.Add(Audit("StressCheck", caller, "result.read", "Result", id.ToString(), now));
            await audit.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);

        var scales = Scales.All.Select((d, i) => new ScaleResultDto(d.Scale, d.Name.Japanese, d.Section.ToString(), raw[i], levels[i])).ToArray();
        var offer = highStress ? "高ストレスと判定されました。実施者（医師）による面接指導を申し出ることができます（別記様式第3号）。" : null;
        http.Response.Headers.CacheControl = "no-store";
        return Results.Ok(new ResultDto(campaignId, id, submittedAt, notifiedAt.Value, method, a, b, c, highStress, offer, scales));
    }

    public static async Task<IResult> RecordWorkingTimeAsync(string employeeId, RecordRequest body, HttpContext http, NpgsqlDataSource data, CancellationToken ct)
    {
        var caller = http.User.FindFirst("sub")!.Value;
        if (body.Source != "SelfReport" || caller != employeeId)
        {
            return Results.Forbid();
        }

        await using var connection = await data.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var directory = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM overtime.directory_employees AS d WHERE d.employee_id = @employeeId)", connection, transaction))
        {
            directory.Parameters.AddWithValue("employeeId", NpgsqlDbType.Varchar, employeeId);
            if (!(bool)(await directory.ExecuteScalarAsync(ct))!)
            {
                return Results.UnprocessableEntity();
            }
        }

        var startedAt = body.StartedAt.ToUniversalTime();
        var endedAt = body.EndedAt.ToUniversalTime();
        await using (var overlap = new NpgsqlCommand("""
            SELECT EXISTS (
                SELECT 1
                FROM overtime.working_time_records AS w
                WHERE w.employee_id = @employeeId AND w.source = @source AND w.work_date >= @dayBefore AND w.work_date <= @workDate AND w.started_at < @endedAt AND @startedAt < w.ended_at)
            """, connection, transaction))
        {
            overlap.Parameters.AddWithValue("employeeId", NpgsqlDbType.Varchar, employeeId);
            overlap.Parameters.AddWithValue("source", NpgsqlDbType.Varchar, body.Source);
            overlap.Parameters.AddWithValue("dayBefore", body.WorkDate.AddDays(-1));
            overlap.Parameters.AddWithValue("workDate", body.WorkDate);
            overlap.Parameters.AddWithValue("endedAt", endedAt);
            overlap.Parameters.AddWithValue("startedAt", startedAt);
            if ((bool)(await overlap.ExecuteScalarAsync(ct))!)
            {
                return Results.Conflict();
            }
        }

        // The record and its audit row in one round trip, as EF batches them in the product.
        var now = DateTimeOffset.UtcNow;
        await using var batch = new NpgsqlBatch(connection, transaction);
        var insert = new NpgsqlBatchCommand("""
            INSERT INTO overtime.working_time_records (employee_id, ended_at, external_id, recorded_at, recorded_by, source, started_at, work_date)
            VALUES ($1, $2, NULL, $3, $4, $5, $6, $7)
            RETURNING id
            """);
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = employeeId });
        insert.Parameters.Add(new NpgsqlParameter { Value = endedAt });
        insert.Parameters.Add(new NpgsqlParameter { Value = now });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = caller });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = body.Source });
        insert.Parameters.Add(new NpgsqlParameter { Value = startedAt });
        insert.Parameters.Add(new NpgsqlParameter { Value = body.WorkDate });
        batch.BatchCommands.Add(insert);
        batch.BatchCommands.Add(Audit("Overtime", caller, "working-time.record", "WorkingTimeRecord", employeeId, now));
        long id;
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            id = reader.GetInt64(0);
        }

        await transaction.CommitAsync(ct);
        var date = body.WorkDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Results.Created(
            $"/api/v1/overtime/employees/{employeeId}/days?from={date}&to={date}",
            new WorkingTimeRecordDto(id, employeeId, body.Source, null, body.WorkDate, startedAt, endedAt, caller, now));
    }

    private static NpgsqlBatchCommand Audit(string module, string actor, string action, string recordType, string recordId, DateTimeOffset now)
    {
        var insert = new NpgsqlBatchCommand("""
            INSERT INTO audit.audit_entries (id, action, actor_id, actor_roles, module, occurred_at, outcome, record_id, record_type, trace_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            """);
        insert.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7(now) });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = action });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = actor });
        insert.Parameters.Add(new NpgsqlParameter { Value = Array.Empty<string>() });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = module });
        insert.Parameters.Add(new NpgsqlParameter { Value = now });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = "Allowed" });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = recordId });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = recordType });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = (object?)Activity.Current?.TraceId.ToString() ?? DBNull.Value });
        return insert;
    }
}
