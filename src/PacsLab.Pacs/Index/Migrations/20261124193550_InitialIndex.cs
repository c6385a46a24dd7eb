using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PacsLab.Pacs.Index.Migrations
{
    /// <inheritdoc />
    public partial class InitialIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssociationLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationMs = table.Column<long>(type: "INTEGER", nullable: false),
                    PeerAddress = table.Column<string>(type: "TEXT", nullable: false),
                    PeerPort = table.Column<int>(type: "INTEGER", nullable: false),
                    CallingAeTitle = table.Column<string>(type: "TEXT", nullable: false),
                    CalledAeTitle = table.Column<string>(type: "TEXT", nullable: false),
                    Accepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    RejectReason = table.Column<string>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", nullable: false),
                    OutcomeDescription = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedAbstractSyntaxes = table.Column<string>(type: "TEXT", nullable: false),
                    AcceptedContexts = table.Column<string>(type: "TEXT", nullable: false),
                    Operations = table.Column<string>(type: "TEXT", nullable: false),
                    OperationCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FailedOperationCount = table.Column<int>(type: "INTEGER", nullable: false),
                    BytesReceived = table.Column<long>(type: "INTEGER", nullable: false),
                    BytesSent = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssociationLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", nullable: false),
                    Target = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: false),
                    After = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Patients",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatientId = table.Column<string>(type: "TEXT", nullable: false),
                    IssuerOfPatientId = table.Column<string>(type: "TEXT", nullable: false),
                    PatientName = table.Column<string>(type: "TEXT", nullable: false),
                    PatientBirthDate = table.Column<string>(type: "TEXT", nullable: false),
                    PatientSex = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Patients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RemoteAes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AeTitle = table.Column<string>(type: "TEXT", nullable: false),
                    Host = table.Column<string>(type: "TEXT", nullable: false),
                    Port = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    MayStore = table.Column<bool>(type: "INTEGER", nullable: false),
                    MayQuery = table.Column<bool>(type: "INTEGER", nullable: false),
                    MayRetrieve = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsMoveDestination = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemoteAes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CheckCalledAeTitle = table.Column<bool>(type: "INTEGER", nullable: false),
                    CheckCallingAeTitle = table.Column<bool>(type: "INTEGER", nullable: false),
                    CheckPeerHost = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Studies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatientKey = table.Column<long>(type: "INTEGER", nullable: false),
                    StudyInstanceUid = table.Column<string>(type: "TEXT", nullable: false),
                    StudyDate = table.Column<string>(type: "TEXT", nullable: false),
                    StudyTime = table.Column<string>(type: "TEXT", nullable: false),
                    AccessionNumber = table.Column<string>(type: "TEXT", nullable: false),
                    StudyId = table.Column<string>(type: "TEXT", nullable: false),
                    StudyDescription = table.Column<string>(type: "TEXT", nullable: false),
                    ReferringPhysicianName = table.Column<string>(type: "TEXT", nullable: false),
                    ModalitiesInStudy = table.Column<string>(type: "TEXT", nullable: false),
                    NumberOfSeries = table.Column<int>(type: "INTEGER", nullable: false),
                    NumberOfInstances = table.Column<int>(type: "INTEGER", nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    PatientIdentityConflict = table.Column<string>(type: "TEXT", nullable: true),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Studies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Studies_Patients_PatientKey",
                        column: x => x.PatientKey,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Series",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StudyKey = table.Column<long>(type: "INTEGER", nullable: false),
                    SeriesInstanceUid = table.Column<string>(type: "TEXT", nullable: false),
                    Modality = table.Column<string>(type: "TEXT", nullable: false),
                    SeriesNumber = table.Column<string>(type: "TEXT", nullable: false),
                    SeriesDescription = table.Column<string>(type: "TEXT", nullable: false),
                    BodyPartExamined = table.Column<string>(type: "TEXT", nullable: false),
                    SeriesDate = table.Column<string>(type: "TEXT", nullable: false),
                    SeriesTime = table.Column<string>(type: "TEXT", nullable: false),
                    NumberOfInstances = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Series", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Series_Studies_StudyKey",
                        column: x => x.StudyKey,
                        principalTable: "Studies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Instances",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeriesKey = table.Column<long>(type: "INTEGER", nullable: false),
                    SopInstanceUid = table.Column<string>(type: "TEXT", nullable: false),
                    SopClassUid = table.Column<string>(type: "TEXT", nullable: false),
                    InstanceNumber = table.Column<string>(type: "TEXT", nullable: false),
                    TransferSyntaxUid = table.Column<string>(type: "TEXT", nullable: false),
                    FilePath = table.Column<string>(type: "TEXT", nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    PatientIdInFile = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedFromAeTitle = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Instances_Series_SeriesKey",
                        column: x => x.SeriesKey,
                        principalTable: "Series",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssociationLog_CallingAeTitle",
                table: "AssociationLog",
                column: "CallingAeTitle");

            migrationBuilder.CreateIndex(
                name: "IX_AssociationLog_StartedAt",
                table: "AssociationLog",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_At",
                table: "AuditLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Instances_SeriesKey",
                table: "Instances",
                column: "SeriesKey");

            migrationBuilder.CreateIndex(
                name: "IX_Instances_SopInstanceUid",
                table: "Instances",
                column: "SopInstanceUid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Patients_PatientId_IssuerOfPatientId",
                table: "Patients",
                columns: new[] { "PatientId", "IssuerOfPatientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Patients_PatientName",
                table: "Patients",
                column: "PatientName");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteAes_AeTitle",
                table: "RemoteAes",
                column: "AeTitle",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Series_SeriesInstanceUid",
                table: "Series",
                column: "SeriesInstanceUid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Series_StudyKey",
                table: "Series",
                column: "StudyKey");

            migrationBuilder.CreateIndex(
                name: "IX_Studies_AccessionNumber",
                table: "Studies",
                column: "AccessionNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Studies_PatientKey",
                table: "Studies",
                column: "PatientKey");

            migrationBuilder.CreateIndex(
                name: "IX_Studies_StudyDate",
                table: "Studies",
                column: "StudyDate");

            migrationBuilder.CreateIndex(
                name: "IX_Studies_StudyInstanceUid",
                table: "Studies",
                column: "StudyInstanceUid",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssociationLog");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "Instances");

            migrationBuilder.DropTable(
                name: "RemoteAes");

            migrationBuilder.DropTable(
                name: "Settings");

            migrationBuilder.DropTable(
                name: "Series");

            migrationBuilder.DropTable(
                name: "Studies");

            migrationBuilder.DropTable(
                name: "Patients");
        }
    }
}
