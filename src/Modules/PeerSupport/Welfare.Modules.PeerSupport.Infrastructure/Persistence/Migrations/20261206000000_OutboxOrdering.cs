using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Welfare.Modules.PeerSupport.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Outbox rows get their publication order (<c>position</c>, an identity) and the ordering key of their event; the
    /// relay claims by position and holds a key's later rows back behind a failed one (docs/adr/0004).
    /// </summary>
    public partial class OutboxOrdering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_pending",
                schema: "peer_support",
                table: "outbox_messages");

            migrationBuilder.AddColumn<string>(
                name: "ordering_key",
                schema: "peer_support",
                table: "outbox_messages",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "position",
                schema: "peer_support",
                table: "outbox_messages",
                type: "bigint",
                nullable: false)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            // Rows already there are numbered in the order the relay delivered them until now.
            migrationBuilder.Sql("""
                UPDATE peer_support.outbox_messages AS o SET position = n.position
                FROM (SELECT id, row_number() OVER (ORDER BY occurred_at, id) AS position FROM peer_support.outbox_messages) AS n
                WHERE o.id = n.id AND o.position <> n.position;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "peer_support",
                table: "outbox_messages",
                column: "position",
                filter: "processed_at IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending_key",
                schema: "peer_support",
                table: "outbox_messages",
                columns: new[] { "ordering_key", "position" },
                filter: "processed_at IS NULL AND ordering_key IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_pending",
                schema: "peer_support",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_pending_key",
                schema: "peer_support",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "ordering_key",
                schema: "peer_support",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "position",
                schema: "peer_support",
                table: "outbox_messages");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "peer_support",
                table: "outbox_messages",
                columns: new[] { "next_attempt_at", "occurred_at" },
                filter: "processed_at IS NULL");
        }
    }
}
