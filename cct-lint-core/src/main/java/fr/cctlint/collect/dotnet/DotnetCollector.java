package fr.cctlint.collect.dotnet;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * .NET: project files ({@code *.csproj}, {@code *.fsproj}, {@code *.vbproj}), {@code Directory.Build.props},
 * {@code Directory.Packages.props} (central package management), {@code packages.config} and
 * {@code packages.lock.json}. Each file is parsed on its own ({@link ProjectFile}, {@link PackagesLock}); then
 * {@link DotnetInventory} joins them (central versions, lockfiles next to their project).
 */
public final class DotnetCollector implements Collector {
    private final MsBuildXml xml = new MsBuildXml();

    @Override
    public String name() {
        return "dotnet";
    }

    @Override
    public boolean claims(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return file.endsWith(".csproj") || file.endsWith(".fsproj") || file.endsWith(".vbproj")
                || file.equals("directory.packages.props") || file.equals("directory.build.props")
                || file.equals("packages.config") || file.equals("packages.lock.json");
    }

    @Override
    public Collection collect(SourceTree tree, List<String> paths) {
        Collection.Builder out = new Collection.Builder();
        List<ProjectFile> files = new ArrayList<>();
        List<PackagesLock> locks = new ArrayList<>();
        for (String path : paths) {
            SourceText text;
            try {
                SourceText.Result decoded = SourceText.decode(path, tree.read(path));
                if (decoded.problem() != null) {
                    out.problem(decoded.problem());
                    continue;
                }
                text = decoded.text();
            } catch (IOException e) {
                out.problem(Problems.unreadable(path, e));
                continue;
            }
            if (path.toLowerCase(Locale.ROOT).endsWith(".json")) {
                PackagesLock.Result lock = PackagesLock.parse(text);
                if (lock.problem() != null) {
                    out.problem(lock.problem());
                } else {
                    locks.add(lock.lock());
                }
            } else {
                MsBuildXml.Result parsed = xml.parse(text);
                if (parsed.problem() != null) {
                    out.problem(parsed.problem());
                } else {
                    files.add(ProjectFile.of(text, parsed.root()));
                }
            }
        }
        return out.addAll(new DotnetInventory(files, locks).build()).build();
    }
}
