using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Welfare.Modules.Organisation.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Stored import reports keep the codes of their rejected rows: they get the module's scope, as codes have had
    /// since the grammar &lt;scope&gt;.&lt;kebab-name&gt; (docs/adr/0003), so an old report reads like a new one. Data only.
    /// </summary>
    [DbContext(typeof(OrganisationDbContext))]
    [Migration("20261205000000_ScopedProblemCodes")]
    public partial class ScopedProblemCodes : Migration
    {
        public const string ScopeCodes = """
            UPDATE organisation.imports SET rejections = (
                SELECT jsonb_agg(CASE WHEN r->>'code' LIKE '%.%' THEN r ELSE jsonb_set(r, '{code}', to_jsonb('organisation.' || (r->>'code'))) END ORDER BY n)
                FROM jsonb_array_elements(rejections) WITH ORDINALITY AS e(r, n))
            WHERE rejections @> '[{}]'::jsonb;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(ScopeCodes);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            UPDATE organisation.imports SET rejections = (
                SELECT jsonb_agg(jsonb_set(r, '{code}', to_jsonb(regexp_replace(r->>'code', '^organisation\.', ''))) ORDER BY n)
                FROM jsonb_array_elements(rejections) WITH ORDINALITY AS e(r, n))
            WHERE rejections @> '[{}]'::jsonb;
            """);
    }
}
