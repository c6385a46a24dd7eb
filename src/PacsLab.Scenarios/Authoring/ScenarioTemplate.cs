using System.Text;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Loading;

namespace PacsLab.Scenarios.Authoring;

/// <summary>
/// The file <c>pacslab scenario new ID</c> writes: a complete, valid example scenario (a CT whose AE title was reset
/// by a software update) with a comment on every section and the catalog's entries listed where they can be used,
/// for an instructor to rewrite into their own.
/// </summary>
public static class ScenarioTemplate
{
    /// <summary>The scenario file for <paramref name="id"/>, to be saved as ID.yaml next to scenario.schema.json.</summary>
    /// <exception cref="ArgumentException">The id is not lower-case words joined by '-'.</exception>
    public static string Render(string id, ScenarioCatalog catalog)
    {
        if (!ScenarioIdRule.IsValid(id))
            throw new ArgumentException($"'{id}' is not a scenario id; write lower-case words joined by '-', e.g. {ScenarioIdRule.Suggest(id)}", nameof(id));
        var devices = string.Join(", ", ScenarioReferences.Default.Devices);
        var text = new StringBuilder();
        text.Append($$"""
            # yaml-language-server: $schema=scenario.schema.json
            # A PacsLab training scenario. Replace the example (a CT that lost its AE title in a software update) with yours.
            # Check it with `pacslab scenario validate {{id}}.yaml`, prove it with `pacslab scenario selftest {{id}} --dir .`.
            # The guide: docs/scenario-authoring.md. Devices: {{devices}}. Patients: PL100001..PL100012 of the sample catalog.

            # The id names the file ({{id}}.yaml) and the command line: lower-case words joined by '-'.
            id: {{id}}
            # What the scenario list shows.
            title: CT studies missing after a software update
            # misfiled-study, connectivity or mixed: the kind of work it trains.
            track: connectivity
            # beginner, intermediate or advanced.
            difficulty: beginner
            # How long a trainee at this level should need.
            minutes: 20
            # What the trainee learns, one sentence each; shown with the ticket.
            learningObjectives:
              - Find in the PACS association log why a device's associations are rejected
              - Fix the device rather than switching off the PACS's checks

            # The ticket, as the person who noticed wrote it: symptoms, never the cause.
            briefing: |
              From: CT, room 1 (radiographer)
              Subject: Today's CT chest not on PACS

              The scanner had its software update last night. This morning's chest CT for
              Mr Hendricks is done, but the reporting list on PACS does not show it and the
              scanner keeps saying it will retry sending.

            # The department before the faults: extra patients, RIS orders, studies already in the PACS, device edits.
            setup:
              # Patients beyond the sample catalog's. birthDate YYYYMMDD, sex M, F or O.
              patients:
                - id: TP900001
                  name: HENDRICKS^PAUL
                  birthDate: 19620415
                  sex: M
              # Orders on the RIS worklist. Give them accession numbers of the scenario's own prefix.
              orders:
                - accession: TX90001
                  patient: TP900001
                  device: CT_ROOM1
                  procedure: CT CHEST WITH CONTRAST
                  referringPhysician: HOUSE^GREGORY
              # Studies already in the PACS, each named with 'as' for later steps and objectives (a prior, here).
              studies:
                - as: chest-prior
                  patient: TP900001
                  device: CT_ROOM1
                  description: CT CHEST WITH CONTRAST
                  daysAgo: 400
              # Service-menu edits before the faults, as actions, e.g.
              #   - action: edit-device
              #     device: MR_3T
              #     destinationPort: 11112
              devices: []

            # How the department breaks, in order.

            """);
        Listing(text, "Faults", catalog.Faults);
        text.Append("""
            faults:
              - type: modality-ae-reset
                device: CT_ROOM1
                factoryAeTitle: CT_DEFAULT

            # What happens after the faults and before the ticket: acquisitions, sends, retrieves.

            """);
        Listing(text, "Actions (traffic, setup.devices, solution, wrongFixes)", catalog.Actions);
        text.Append("""
            traffic:
              - action: register-manually
                device: CT_ROOM1
                patient: TP900001
                accession: TX90001
                description: CT CHEST WITH CONTRAST
                as: chest

            # Checks of the end state the trainee must reach; 'pass' and 'fail' are the feedback.

            """);
        Listing(text, "Objectives", catalog.Objectives);
        text.Append("""
            objectives:
              - id: chest-arrived
                type: study-in-pacs
                study: chest
                pass: Today's chest CT is on PACS with all its images.
                fail: Today's chest CT is not (fully) on PACS yet.
                weight: 1

            # What the trainee must not do. penalty: fail (the run fails) or a number of points.

            """);
        Listing(text, "Guards", catalog.Guards);
        text.Append("""
            guards:
              - id: calling-ae-check-on
                type: association-check-stays-on
                check: calling-ae
                penalty: fail
                feedback: You switched off the PACS's calling-AE check, so any device may now store under any name.

            # Given in order on request, each costing points: cheap and vague first, costly and precise last.
            hints:
              - text: What does the PACS association log say about the scanner's attempts?
                cost: 10
              - text: Compare the calling AE title in those attempts with the PACS AE table and the scanner's service menu.
                cost: 20

            # Shown after the run: the root cause and the lesson for real life.
            debrief: |
              Root cause: the software update put the scanner's AE title back to CT_DEFAULT, which the PACS
              does not know, so every association was rejected (calling AE title not recognized).
              Lesson: after any update or repair, check the device's network settings and echo the PACS.

            # The trainee operations that fix it; the self-test runs them and expects every objective to pass.
            solution:
              - action: edit-device
                device: CT_ROOM1
                aeTitle: CT_ROOM1
              - action: resend-jobs
                device: CT_ROOM1

            # Fixes that seem to work but are unsafe; the self-test runs each and expects its guards to trip.
            wrongFixes:
              - name: switch off the calling-AE check
                steps:
                  - action: association-checks
                    callingAe: "off"
                  - action: resend-jobs
                    device: CT_ROOM1
                trips: [calling-ae-check-on]

            """);
        return text.ToString();
    }

    private static void Listing<T>(StringBuilder text, string heading, IReadOnlyDictionary<string, T> entries) where T : ICatalogEntry
    {
        text.Append("# ").Append(heading).Append(" in the catalog:\n");
        foreach (var (type, entry) in entries) text.Append("#   ").Append(type).Append(": ").Append(entry.Summary).Append('\n');
    }
}
